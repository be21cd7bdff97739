package io.github.tongban.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tongban.core.load.CatalogueLoader;
import io.github.tongban.core.load.ScenarioTestLoader;
import io.github.tongban.core.scenario.ScenarioSuite;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** The sample catalogue's scenario tests (catalog/sample/tests), one dynamic test each, named by file and line. */
class SampleScenarioTests {
  static final Path SAMPLE = Path.of("..", "catalog", "sample");

  @TestFactory
  Stream<DynamicTest> sampleScenarioTests() {
    ScenarioSuite suite = ScenarioTestLoader.withDefaults().load(SAMPLE);
    assertThat(suite.problems()).as("the test files are valid").isEmpty();
    assertThat(suite.tests()).isNotEmpty();
    ScenarioRunner runner = new ScenarioRunner(DecisionEngine.of(CatalogueLoader.withDefaults().load(SAMPLE).orElseThrow()), LocalDate.of(2026, 3, 2));
    return suite.tests().stream().map(t -> DynamicTest.dynamicTest(t.where() + " " + t.name(), () ->
        assertThat(runner.run(t).failures()).as("%s %s", t.where(), t.name()).isEmpty()));
  }
}
