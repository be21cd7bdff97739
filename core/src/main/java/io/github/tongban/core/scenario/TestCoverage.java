package io.github.tongban.core.scenario;

import io.github.tongban.core.internal.Problems;
import io.github.tongban.core.model.Catalogue;
import io.github.tongban.core.model.ServiceItem;
import io.github.tongban.core.validation.Problem;
import io.github.tongban.core.validation.ProblemCode;
import io.github.tongban.core.validation.SourceLocation;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a catalogue's scenario tests leave out (docs/authoring.md, "情形测试"): a test of an item the
 * catalogue does not have is an error ({@code tests.unknown-item}); an item without its three
 * tests, one for each status (eligible, ineligible, needs-info), a warning ({@code tests.too-few})
 * at its test file, or where its test file would be.
 */
public final class TestCoverage {
  /** The statuses every item is tested with, in the order the guide names them. */
  public static final List<String> STATUSES = List.of("eligible", "ineligible", "needs-info");

  private TestCoverage() {}

  /** The problems of {@code suite}'s coverage of {@code catalogue}, in item order then test order. */
  public static List<Problem> check(Catalogue catalogue, ScenarioSuite suite) {
    Problems problems = new Problems();
    Map<String, List<ScenarioTest>> byItem = new LinkedHashMap<>();
    for (ScenarioTest t : suite.tests()) {
      if (catalogue.item(t.item()).isEmpty()) {
        problems.add(ProblemCode.TESTS_UNKNOWN_ITEM, new SourceLocation(t.file(), t.line(), 1, ""), t.item(), t.name());
      } else {
        byItem.computeIfAbsent(t.item(), k -> new java.util.ArrayList<>()).add(t);
      }
    }
    Set<String> codes = new LinkedHashSet<>();
    catalogue.items().stream().map(ServiceItem::code).forEach(codes::add);
    for (String code : codes) {
      List<ScenarioTest> tests = byItem.getOrDefault(code, List.of());
      Set<String> missing = new LinkedHashSet<>(STATUSES);
      tests.forEach(t -> missing.remove(t.expect().status()));
      if (tests.size() < STATUSES.size() || !missing.isEmpty()) {
        SourceLocation at = tests.isEmpty()
            ? SourceLocation.ofFile("tests/" + code + ".test.yaml")
            : new SourceLocation(tests.get(0).file(), tests.get(0).line(), 1, "");
        problems.add(ProblemCode.TESTS_TOO_FEW, at, code, tests.size(), missing.isEmpty() ? "-" : String.join(", ", missing));
      }
    }
    return problems.toList();
  }
}
