package io.github.tongban.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tongban.rules.Decision;
import io.github.tongban.rules.Status;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The README's snippet is the code of {@link Quickstart}, and it runs. */
class QuickstartTests {
  @Test
  void theReadmeShowsTheQuickstartAsCompiled() throws IOException {
    String source = Files.readString(Path.of("src/main/java/io/github/tongban/examples/Quickstart.java"));
    List<String> code = lines(source.substring(source.indexOf("// README:start") + "// README:start".length(), source.indexOf("// README:end")));
    String readme = Files.readString(Path.of("..", "README.md"));
    int start = readme.indexOf("```java\n", readme.indexOf("## Embedding")) + "```java\n".length();
    List<String> shown = lines(readme.substring(start, readme.indexOf("```", start)));
    assertThat(shown).as("README.md's embedding snippet equals Quickstart.java between the markers").isEqualTo(code);
  }

  @Test
  void theQuickstartDecides() {
    Decision d = Quickstart.run(Path.of("..", "catalog", "sample"));
    assertThat(d.status()).isEqualTo(Status.ELIGIBLE);
    assertThat(d.timing().promisedDue()).hasToString("2026-02-26");
  }

  private static List<String> lines(String text) {
    return text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
  }
}
