package io.github.tongban.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The report shown in the authoring guide is the report of the bundled sample, so it cannot go stale. */
class AuthoringGuideReportTests {
  @Test
  void theGuideShowsTheSampleCataloguesReport() throws IOException {
    String guide = Files.readString(Path.of("..", "docs", "authoring.md"));
    int start = guide.indexOf("<!-- report:start -->");
    int end = guide.indexOf("<!-- report:end -->");
    assertThat(start).isPositive();
    String shown = guide.substring(start + "<!-- report:start -->".length(), end).replace("```text", "").replace("```", "").strip();
    String actual = CliTests.run("report", "--date", "2026-03-02").out().strip();
    assertThat(shown).as("docs/authoring.md shows the output of ./tongban report --date 2026-03-02; paste it again between the markers").isEqualTo(actual);
  }
}
