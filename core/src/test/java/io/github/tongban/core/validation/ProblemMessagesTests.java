package io.github.tongban.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every problem code has a message and a hint in zh-CN and en, and the bundles hold nothing else. */
class ProblemMessagesTests {

  private static Properties bundle(String name) throws IOException {
    Properties p = new Properties();
    try (InputStream in = ProblemMessagesTests.class.getResourceAsStream("/io/github/tongban/core/internal/" + name);
         Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      p.load(r);
    }
    return p;
  }

  @Test
  void bothBundlesCoverEveryCodeExactly() throws IOException {
    Set<String> expected = Stream.of(ProblemCode.values())
        .flatMap(c -> Stream.of(c.code() + ".message", c.code() + ".hint"))
        .collect(Collectors.toSet());
    assertThat(bundle("problems.properties").stringPropertyNames()).isEqualTo(expected);
    assertThat(bundle("problems_zh_CN.properties").stringPropertyNames()).isEqualTo(expected);
  }

  @Test
  void chineseMessagesAreChinese() throws IOException {
    Properties zh = bundle("problems_zh_CN.properties");
    for (ProblemCode c : ProblemCode.values()) {
      String message = zh.getProperty(c.code() + ".message");
      assertThat(message.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN))
          .as("%s is written in Chinese: %s", c.code(), message).isTrue();
    }
  }

  @Test
  void codesAreUniqueAndDotted() {
    assertThat(Stream.of(ProblemCode.values()).map(ProblemCode::code)).doesNotHaveDuplicates()
        .allMatch(s -> s.matches("[a-z]+\\.[a-z-]+"));
  }
}
