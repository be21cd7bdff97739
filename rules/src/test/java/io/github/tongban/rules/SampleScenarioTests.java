package io.github.tongban.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tongban.core.load.CatalogueLoader;
import io.github.tongban.core.load.ScenarioTestLoader;
import io.github.tongban.core.scenario.ScenarioSuite;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** The sample catalogue's scenario tests (catalog/sample/tests), one dynamic test each, named by file and line. */
class SampleScenarioTests {
  static final Path SAMPLE = Path.of("..", "catalog", "sample");

  @org.junit.jupiter.api.Test
  void everyItemHasAnEligibleAnIneligibleAndANeedsInfoTest() {
    ScenarioSuite suite = ScenarioTestLoader.withDefaults().load(SAMPLE);
    var catalogue = CatalogueLoader.withDefaults().load(SAMPLE).orElseThrow();
    for (var item : catalogue.items()) {
      var statuses = suite.tests().stream().filter(t -> t.item().equals(item.code())).map(t -> t.expect().status()).collect(java.util.stream.Collectors.toSet());
      assertThat(statuses).as("the tests of %s", item.code()).contains("eligible", "ineligible", "needs-info");
    }
    var expects = suite.tests().stream().map(t -> t.expect()).toList();
    assertThat(expects).as("a test accepted in the other county").anyMatch(e -> e.mode().filter(m -> m.equals("proxy") || m.equals("joint")).isPresent());
    assertThat(expects).as("a test at a point that may not accept").anyMatch(e -> e.acceptance().filter("refused"::equals).isPresent());
    assertThat(expects).as("an exempt material").anyMatch(e -> e.materials().filter(m -> m.containsValue("exempt")).isPresent());
    assertThat(expects).as("a deferred material").anyMatch(e -> e.materials().filter(m -> m.containsValue("deferrable")).isPresent());
  }

  @TestFactory
  Stream<DynamicTest> sampleScenarioTests() {
    ScenarioSuite suite = ScenarioTestLoader.withDefaults().load(SAMPLE);
    assertThat(suite.problems()).as("the test files are valid").isEmpty();
    assertThat(suite.tests()).isNotEmpty();
    ScenarioRunner runner = new ScenarioRunner(DecisionEngine.of(CatalogueLoader.withDefaults().load(SAMPLE).orElseThrow()), LocalDate.of(2026, 3, 2),
        Locale.ENGLISH);
    return suite.tests().stream().map(t -> DynamicTest.dynamicTest(t.where() + " " + t.name(), () ->
        assertThat(runner.run(t).failures()).as("%s %s", t.where(), t.name()).isEmpty()));
  }
}
