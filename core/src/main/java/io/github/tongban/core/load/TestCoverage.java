package io.github.tongban.core.load;

import io.github.tongban.core.internal.Problems;
import io.github.tongban.core.model.Catalogue;
import io.github.tongban.core.model.ItemStatus;
import io.github.tongban.core.model.ServiceItem;
import io.github.tongban.core.scenario.ScenarioSuite;
import io.github.tongban.core.scenario.ScenarioTest;
import io.github.tongban.core.validation.Problem;
import io.github.tongban.core.validation.ProblemCode;
import io.github.tongban.core.validation.SourceLocation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a catalogue's scenario tests leave out (docs/authoring.md, "情形测试"): a test of an item the
 * catalogue does not have is an error ({@code tests.unknown-item}); an item without its three
 * tests, one for each status (eligible, ineligible, needs-info), a warning ({@code tests.too-few})
 * at its test file, or where its test file would be. An item whose latest version is suspended or
 * cancelled decides nothing: it needs one test that expects its refusal ({@code refused}) instead.
 */
public final class TestCoverage {
  /** The statuses every item is tested with, in the order the guide names them. */
  public static final List<String> STATUSES = List.of("eligible", "ineligible", "needs-info");
  /** What an item not in use (suspended, cancelled) is tested with. */
  public static final List<String> NOT_IN_USE = List.of("refused");

  private TestCoverage() {}

  /**
   * What validating a catalogue folder reports: {@code catalogue}'s problems and those of its
   * scenario tests ({@code tests/}), that is the problems of their files, tests of items the
   * catalogue lacks and items without their three tests. The catalogue is kept only when none of
   * them is an error. The tests are not run; {@code tongban validate} and the Maven plugin's
   * {@code validate} goal report this.
   */
  public static LoadResult withTests(LoadResult catalogue, ScenarioSuite suite) {
    List<Problem> problems = new ArrayList<>(catalogue.problems());
    problems.addAll(suite.problems());
    catalogue.catalogue().ifPresent(c -> problems.addAll(check(c, suite)));
    boolean errors = problems.stream().anyMatch(Problem::isError);
    return new LoadResult(errors ? Optional.empty() : catalogue.catalogue(), problems);
  }

  /** The problems of {@code suite}'s coverage of {@code catalogue}, in item order then test order. */
  public static List<Problem> check(Catalogue catalogue, ScenarioSuite suite) {
    Problems problems = new Problems();
    Map<String, List<ScenarioTest>> byItem = new LinkedHashMap<>();
    for (ScenarioTest t : suite.tests()) {
      if (catalogue.item(t.item()).isEmpty()) {
        problems.add(ProblemCode.TESTS_UNKNOWN_ITEM, new SourceLocation(t.file(), t.line(), 1, ""), t.item(), t.name());
      } else {
        byItem.computeIfAbsent(t.item(), k -> new ArrayList<>()).add(t);
      }
    }
    for (ServiceItem latest : catalogue.items()) {
      String code = latest.code();
      List<String> statuses = latest.status() == ItemStatus.IN_USE ? STATUSES : NOT_IN_USE;
      List<ScenarioTest> tests = byItem.getOrDefault(code, List.of());
      Set<String> missing = new LinkedHashSet<>(statuses);
      tests.forEach(t -> missing.remove(t.expect().status()));
      if (tests.size() < statuses.size() || !missing.isEmpty()) {
        SourceLocation at = tests.isEmpty()
            ? SourceLocation.ofFile("tests/" + code + ".test.yaml")
            : new SourceLocation(tests.get(0).file(), tests.get(0).line(), 1, "");
        problems.add(ProblemCode.TESTS_TOO_FEW, at, code, tests.size(), missing.isEmpty() ? "-" : String.join(", ", missing));
      }
    }
    return problems.toList();
  }
}
