package io.github.tongban.core.load;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tongban.core.scenario.ScenarioSuite;
import io.github.tongban.core.scenario.ScenarioTest;
import io.github.tongban.core.validation.Problem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScenarioTestLoaderTests {

  private static final String TEST = """
      item: T-001
      tests:
        - name: 首次申请
          date: %s
          facts: {age: 30}
          expect: {status: eligible, due: 2026-03-16}
      """;

  private static void write(Path folder, String file, String text) throws IOException {
    Path path = folder.resolve(file);
    Files.createDirectories(path.getParent());
    Files.writeString(path, text, StandardCharsets.UTF_8);
  }

  @Test
  void testsAreReadInFileOrderWithTheirDates(@TempDir Path folder) throws IOException {
    write(folder, "tests/b.test.yaml", TEST.formatted("2026-03-03"));
    write(folder, "tests/a.test.yaml", TEST.formatted("2026-03-02"));
    ScenarioSuite suite = ScenarioTestLoader.withDefaults().load(folder);
    assertThat(suite.problems()).isEmpty();
    assertThat(suite.tests()).map(ScenarioTest::file).containsExactly("tests/a.test.yaml", "tests/b.test.yaml");
    assertThat(suite.tests().get(0).date()).contains(LocalDate.of(2026, 3, 2));
    assertThat(suite.tests().get(0).expect().due()).contains(LocalDate.of(2026, 3, 16));
  }

  @Test
  void eachFilesProblemsComeInFileOrderReadingProblemsBeforeBindingOnes(@TempDir Path folder) throws IOException {
    write(folder, "tests/a.test.yaml", TEST.formatted("2026-02-30"));
    write(folder, "tests/b.test.yaml", "item: T-001\nitem: T-002\ntests: []\n");
    write(folder, "tests/c.test.yaml", TEST.formatted("2026-04-31"));
    ScenarioSuite suite = ScenarioTestLoader.withDefaults().load(folder);
    assertThat(suite.problems()).map(p -> p.location().file() + " " + p.code().code())
        .containsExactly("tests/a.test.yaml date.invalid", "tests/b.test.yaml yaml.duplicate-key", "tests/c.test.yaml date.invalid");
    assertThat(suite.problems()).allMatch(Problem::isError);
    assertThat(suite.tests()).as("no tests when a file has an error").isEmpty();
  }

  @Test
  void hiddenFilesAndFoldersUnderTestsAreNotRead(@TempDir Path folder) throws IOException {
    write(folder, "tests/a.test.yaml", TEST.formatted("2026-03-02"));
    write(folder, "tests/.a.test.yaml", "an editor's backup: not a test file");
    write(folder, "tests/.git/b.test.yaml", "not a test file either");
    ScenarioSuite suite = ScenarioTestLoader.withDefaults().load(folder);
    assertThat(suite.problems()).isEmpty();
    assertThat(suite.tests()).map(ScenarioTest::file).containsExactly("tests/a.test.yaml");
  }

  @Test
  void moreTestFilesThanTheLimitAreReportedNotSilentlyCut(@TempDir Path folder) throws IOException {
    for (String f : new String[] {"a", "b", "c"}) {
      write(folder, "tests/" + f + ".test.yaml", TEST.formatted("2026-03-02"));
    }
    ScenarioSuite suite = ScenarioTestLoader.withLimits(io.github.tongban.core.validation.LoadLimits.DEFAULTS.withMaxFiles(2)).load(folder);
    assertThat(suite.problems()).singleElement().satisfies(p -> {
      assertThat(p.code().code()).isEqualTo("catalogue.too-many-files");
      assertThat(p.location().file()).isEqualTo("tests/");
      assertThat(p.isError()).isTrue();
    });
    ScenarioSuite within = ScenarioTestLoader.withLimits(io.github.tongban.core.validation.LoadLimits.DEFAULTS.withMaxFiles(3)).load(folder);
    assertThat(within.problems()).isEmpty();
    assertThat(within.tests()).hasSize(3);
  }

  @Test
  void aFolderWithoutTestsHasNone(@TempDir Path folder) {
    ScenarioSuite suite = ScenarioTestLoader.withDefaults().load(folder);
    assertThat(suite.tests()).isEmpty();
    assertThat(suite.problems()).isEmpty();
  }
}
