package io.github.tongban.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sample CI workflow for a catalogue repository ({@code docs/ci/catalogue.yml}) read as a
 * runner reads it. Running its steps in a catalogue repository, with this plugin, is the
 * integration test {@code src/it/ci-workflow}.
 */
class CiWorkflowTests {
  private static final Path WORKFLOW = Path.of(System.getProperty("tongban.workflow", "../../docs/ci/catalogue.yml"));

  @Test
  void everyVariableTheStepsUseIsDefined() {
    assertThat(CiWorkflow.read(WORKFLOW).undefinedVariables()).isEmpty();
  }

  @Test
  void aVariableNoOneDefinesIsFound(@TempDir Path dir) throws IOException {
    Path workflow = Files.writeString(dir.resolve("w.yml"), """
        env: {CATALOGUE: .}
        jobs:
          one:
            steps:
              - run: ./tongban validate "$CATALOGUE" --format github && java -jar ${TONGBAN}/cli.jar "$HOME"
        """);
    assertThat(CiWorkflow.read(workflow).undefinedVariables()).containsExactly("TONGBAN");
  }

  @Test
  void theWorkflowRunsThisVersionOfThePlugin() {
    CiWorkflow workflow = CiWorkflow.read(WORKFLOW);
    assertThat(workflow.env()).containsEntry("TONGBAN_VERSION", System.getProperty("tongban.version"));
    assertThat(workflow.steps().stream().flatMap(s -> s.run().stream()))
        .isNotEmpty()
        .allSatisfy(run -> assertThat(run).contains("io.github.tongban:tongban-maven-plugin:$TONGBAN_VERSION:"));
  }

  @Test
  void theReportStepsUploadTheFilesTheGoalsWrite() {
    CiWorkflow workflow = CiWorkflow.read(WORKFLOW);
    String sarif = workflow.steps().stream().filter(s -> s.uses().orElse("").startsWith("github/codeql-action/upload-sarif@"))
        .findFirst().orElseThrow().with().get("sarif_file");
    assertThat(sarif).isEqualTo("target/tongban/" + ValidateMojo.SARIF_FILE);
    String junit = workflow.steps().stream().filter(s -> s.with().containsKey("report_paths"))
        .findFirst().orElseThrow().with().get("report_paths");
    var matcher = FileSystems.getDefault().getPathMatcher("glob:" + junit);
    assertThat(Path.of("target/tongban", ValidateMojo.JUNIT_FILE)).matches(matcher::matches);
    assertThat(Path.of("target/tongban", TestMojo.JUNIT_FILE)).matches(matcher::matches);
  }

  @Test
  void aFailedStepSkipsTheNextUnlessItRunsAlways(@TempDir Path dir) throws Exception {
    Path workflow = Files.writeString(dir.resolve("w.yml"), """
        env: {WORD: 通办}
        jobs:
          one:
            steps:
              - uses: actions/checkout@v4
              - run: echo "$WORD" > first.txt
              - run: exit 3
              - run: echo skipped > skipped.txt
              - if: always()
                run: echo "$WORD" > always.txt
              - if: failure()
                run: false | true
        """);
    CiWorkflow.Outcome outcome = CiWorkflow.read(workflow).run(dir, Map.of(), Duration.ofSeconds(30));
    assertThat(outcome.succeeded()).isFalse();
    assertThat(outcome.steps()).extracting(CiWorkflow.StepResult::ran).containsExactly(false, true, true, false, true, true);
    assertThat(outcome.steps()).extracting(CiWorkflow.StepResult::exitCode).containsExactly(0, 0, 3, 0, 0, 1);
    assertThat(dir.resolve("always.txt")).hasContent("通办");
    assertThat(dir.resolve("skipped.txt")).doesNotExist();
  }
}
