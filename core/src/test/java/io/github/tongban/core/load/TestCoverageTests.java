package io.github.tongban.core.load;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tongban.core.Fixtures;
import io.github.tongban.core.model.Catalogue;
import io.github.tongban.core.scenario.ScenarioSuite;
import io.github.tongban.core.validation.Problem;
import io.github.tongban.core.validation.ProblemCode;
import io.github.tongban.core.validation.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TestCoverageTests {
  private static String test(String name, String status) {
    return "  - name: " + name + "\n    facts: {}\n    expect: {status: " + status + "}\n";
  }

  private static List<Problem> coverage(Path dir, String... files) throws IOException {
    Fixtures.copyBase(dir);
    Files.createDirectories(dir.resolve("tests"));
    for (int i = 0; i < files.length; i += 2) {
      Files.writeString(dir.resolve("tests/" + files[i]), files[i + 1]);
    }
    Catalogue catalogue = CatalogueLoader.withDefaults().load(dir).orElseThrow();
    ScenarioSuite suite = ScenarioTestLoader.withDefaults().load(dir);
    assertThat(suite.problems()).isEmpty();
    return TestCoverage.check(catalogue, suite);
  }

  @Test
  void anItemWithItsThreeTestsIsCovered(@TempDir Path dir) throws IOException {
    assertThat(coverage(dir, "T-001.test.yaml",
        "item: T-001\ntests:\n" + test("a", "eligible") + test("b", "ineligible") + test("c", "needs-info"))).isEmpty();
  }

  @Test
  void anItemWithoutTestsIsWarnedWhereItsTestFileWouldBe(@TempDir Path dir) throws IOException {
    assertThat(coverage(dir)).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo(ProblemCode.TESTS_TOO_FEW);
      assertThat(p.severity()).isEqualTo(Severity.WARNING);
      assertThat(p.location().file()).isEqualTo("tests/T-001.test.yaml");
      assertThat(p.message().en()).isEqualTo("The item T-001 has 0 scenario test(s); no test expects: eligible, ineligible, needs-info.");
    });
  }

  @Test
  void threeTestsThatMissAStatusAreTooFew(@TempDir Path dir) throws IOException {
    List<Problem> problems = coverage(dir, "T-001.test.yaml",
        "item: T-001\ntests:\n" + test("a", "eligible") + test("b", "eligible") + test("c", "needs-info"));
    assertThat(problems).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo(ProblemCode.TESTS_TOO_FEW);
      assertThat(p.location().file()).isEqualTo("tests/T-001.test.yaml");
      assertThat(p.location().line()).isEqualTo(3);
      assertThat(p.message().zh()).contains("ineligible").doesNotContain("needs-info");
    });
  }

  @Test
  void aTestOfAnItemTheCatalogueLacksIsAnError(@TempDir Path dir) throws IOException {
    List<Problem> problems = coverage(dir,
        "T-001.test.yaml", "item: T-001\ntests:\n" + test("a", "eligible") + test("b", "ineligible") + test("c", "needs-info"),
        "gone.test.yaml", "item: T-404\ntests:\n" + test("已删除的事项", "eligible"));
    assertThat(problems).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo(ProblemCode.TESTS_UNKNOWN_ITEM);
      assertThat(p.isError()).isTrue();
      assertThat(p.location().file()).isEqualTo("tests/gone.test.yaml");
      assertThat(p.message().zh()).contains("T-404").contains("已删除的事项");
    });
  }

  @Test
  void aSuspendedItemIsCoveredByOneTestOfItsRefusal(@TempDir Path dir) throws IOException {
    Fixtures.copyBase(dir);
    Path item = dir.resolve("items/T-001.yaml");
    Files.writeString(item, Files.readString(item) + "status: suspended\n");
    Files.createDirectories(dir.resolve("tests"));
    Catalogue catalogue = CatalogueLoader.withDefaults().load(dir).orElseThrow();
    Files.writeString(dir.resolve("tests/T-001.test.yaml"), "item: T-001\ntests:\n" + test("a", "refused"));
    assertThat(TestCoverage.check(catalogue, ScenarioTestLoader.withDefaults().load(dir))).as("nothing else can be tested").isEmpty();
    Files.writeString(dir.resolve("tests/T-001.test.yaml"), "item: T-001\ntests:\n" + test("a", "eligible"));
    assertThat(TestCoverage.check(catalogue, ScenarioTestLoader.withDefaults().load(dir))).singleElement()
        .satisfies(p -> assertThat(p.message().en()).endsWith("no test expects: refused."));
  }

  @Test
  void withTestsKeepsTheCatalogueOverWarningsAndDropsItOverAnError(@TempDir Path dir) throws IOException {
    Fixtures.copyBase(dir);
    LoadResult catalogue = CatalogueLoader.withDefaults().load(dir);
    LoadResult warned = TestCoverage.withTests(catalogue, ScenarioTestLoader.withDefaults().load(dir));
    assertThat(warned.isValid()).isTrue();
    assertThat(warned.problems()).extracting(Problem::code).containsExactly(ProblemCode.TESTS_TOO_FEW);

    Files.createDirectories(dir.resolve("tests"));
    Files.writeString(dir.resolve("tests/gone.test.yaml"), "item: T-404\ntests:\n" + test("已删除的事项", "eligible"));
    LoadResult refused = TestCoverage.withTests(catalogue, ScenarioTestLoader.withDefaults().load(dir));
    assertThat(refused.isValid()).isFalse();
    assertThat(refused.errors()).extracting(Problem::code).containsExactly(ProblemCode.TESTS_UNKNOWN_ITEM);
  }
}
