package io.github.tongban.core.load;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tongban.core.Fixtures;
import io.github.tongban.core.validation.Problem;
import io.github.tongban.core.validation.ProblemCode;
import io.github.tongban.core.validation.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * One broken fixture per kind of problem: each is the valid base catalogue with one mistake, and
 * its {@code expect.yaml} names the code, file and line the loader must report.
 */
class BrokenFixtureTests {

  @TestFactory
  Stream<DynamicTest> eachBrokenFixtureIsReportedWithItsCodeFileAndLine() {
    return Fixtures.brokenFixtures().stream().map(dir -> DynamicTest.dynamicTest(dir.getFileName().toString(), () -> {
      Path work = Files.createTempDirectory("tongban-fixture-");
      try {
        Fixtures.Expectation e = Fixtures.materialise(dir, work);
        LoadResult result = CatalogueLoader.withLimits(e.limits()).load(work);

        ProblemCode code = ProblemCode.ofCode(e.code()).orElseThrow(() -> new AssertionError("unknown code " + e.code()));
        assertThat(result.problems())
            .as("problems of %s", e.name())
            .anySatisfy(p -> {
              assertThat(p.code()).isEqualTo(code);
              assertThat(p.location().file()).isEqualTo(e.file());
              assertThat(p.location().line()).isEqualTo(e.line());
            });
        Set<String> allowed = new HashSet<>(e.others());
        allowed.add(e.code());
        assertThat(result.problems()).as("only the fixture's own kind of problem").map(p -> p.code().code()).allMatch(allowed::contains);
        if (code.severity() == Severity.ERROR) {
          assertThat(result.catalogue()).as("never half-loaded").isEmpty();
        } else {
          assertThat(result.catalogue()).as("a warning does not stop loading").isPresent();
        }
        for (Problem p : result.problems()) {
          assertThat(p.message().zh()).isNotBlank().doesNotContain("{0}");
          assertThat(p.message().en()).isNotBlank().doesNotContain("{0}");
          assertThat(p.hint().zh()).isNotBlank();
        }
      } finally {
        deleteTree(work);
      }
    }));
  }

  static void deleteTree(Path dir) throws IOException {
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }

  /** The codes no broken fixture shows, each with the test that covers it instead. */
  static final Set<ProblemCode> COVERED_ELSEWHERE = Set.of(
      ProblemCode.CATALOGUE_NOT_A_FOLDER,    // CatalogueLoaderTests: aPathThatIsNoFolderIsReported
      ProblemCode.CATALOGUE_UNREADABLE_FILE, // CatalogueLoaderTests: aFileThatCannotBeReadIsReported
      ProblemCode.TESTS_UNKNOWN_ITEM,        // TestCoverageTests: the scenario tests are checked beside the catalogue
      ProblemCode.TESTS_TOO_FEW,             // TestCoverageTests
      ProblemCode.CATALOGUE_LINK_NOT_FOLLOWED, // CatalogueLoaderTests: aLinkInsideTheCatalogueIsNotFollowedAndTheProblemSaysSo
      ProblemCode.SCHEMA_OTHER);             // the fallback for schema keywords the schemas do not use yet

  @org.junit.jupiter.api.Test
  void everyKindOfProblemHasABrokenFixture() {
    Set<String> shown = new HashSet<>();
    for (Path dir : Fixtures.brokenFixtures()) {
      shown.add(Fixtures.expectation(dir).code());
    }
    List<ProblemCode> missing = Stream.of(ProblemCode.values())
        .filter(c -> !shown.contains(c.code()) && !COVERED_ELSEWHERE.contains(c))
        .toList();
    assertThat(missing).as("problem codes without a broken fixture").isEmpty();
  }
}
