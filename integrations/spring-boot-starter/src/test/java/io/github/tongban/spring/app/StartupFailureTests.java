package io.github.tongban.spring.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tongban.spring.TestCatalogues;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** A Spring Boot application on a catalogue with errors does not start, and its failure report lists the errors. */
class StartupFailureTests {
  @TempDir
  Path temp;

  @Test
  void theFailureReportNamesEachErrorAtItsFileAndLine() throws IOException {
    Path folder = TestCatalogues.smallCopy(temp);
    Files.writeString(folder.resolve("items/620300-ZZ-001.yaml"), "code: a\ncode: b\n", StandardCharsets.UTF_8);
    RecordingFailureReporter.LAST.set(null);
    SpringApplicationBuilder app = new SpringApplicationBuilder(StarterApplication.class).web(WebApplicationType.NONE)
        .properties("spring.main.banner-mode=off", "tongban.catalogue.path=" + folder, "tongban.language=en");
    assertThatThrownBy(app::run).hasRootCauseInstanceOf(io.github.tongban.spring.CatalogueLoadException.class);
    FailureAnalysis report = RecordingFailureReporter.LAST.get();
    assertThat(report).as("Spring Boot's failure report").isNotNull();
    assertThat(report.getDescription()).startsWith("The tongban catalogue " + folder + " has 1 error(s)")
        .contains("\n  items/620300-ZZ-001.yaml:2:1: error yaml.duplicate-key:");
    assertThat(report.getAction()).contains("tongban validate");
  }

  @Test
  void inChineseByDefault() {
    RecordingFailureReporter.LAST.set(null);
    SpringApplicationBuilder app = new SpringApplicationBuilder(StarterApplication.class).web(WebApplicationType.NONE)
        .properties("spring.main.banner-mode=off", "tongban.catalogue.path=" + temp.resolve("missing"));
    assertThatThrownBy(app::run).hasRootCauseInstanceOf(io.github.tongban.spring.CatalogueLoadException.class);
    assertThat(RecordingFailureReporter.LAST.get().getDescription()).startsWith("事项目录 " + temp.resolve("missing") + " 有 1 个错误")
        .contains("catalogue.not-a-folder");
  }
}
