package io.github.tongban.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ListItemsTests {
  @Test
  void printsTheItemsOfTheBundledSample() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit = ListItems.run(new String[0], new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    assertThat(exit).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("620300-YB-001  城乡居民基本医疗保险参保登记").contains("属地办理");
    // the sample's four real scenario-coverage gaps are reported as warnings, never as errors
    assertThat(err.toString(StandardCharsets.UTF_8).lines()).allMatch(l -> l.contains(": warning scenario.no-scenario-applies: "));
  }

  @Test
  void reportsAMissingCatalogue() {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit = ListItems.run(new String[] {Path.of("no-such-folder").toString()}, new PrintStream(new ByteArrayOutputStream()),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    assertThat(exit).isEqualTo(1);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("catalogue.not-a-folder");
  }
}
