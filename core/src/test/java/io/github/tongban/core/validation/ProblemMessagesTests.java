package io.github.tongban.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.List;
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

  @Test
  void everyCodeDescribesItselfWithoutParticulars() {
    for (ProblemCode c : ProblemCode.values()) {
      for (String text : List.of(c.description().zh(), c.description().en(), c.advice().zh(), c.advice().en())) {
        assertThat(text).as(c.code()).isNotBlank().doesNotContain("{", "}", "''");
      }
    }
    assertThat(ProblemCode.TIME_PROMISED_EXCEEDS_STATUTORY.description().en())
        .isEqualTo("The promised limit of … working days exceeds the statutory limit of ….");
    assertThat(ProblemCode.TIME_PROMISED_EXCEEDS_STATUTORY.description().zh()).isEqualTo("承诺时限 … 个工作日超过了法定时限 … 个工作日。");
  }
}
