package io.github.tongban.core.scenario;

import io.github.tongban.core.validation.Problem;
import java.util.List;

/**
 * The scenario tests of a catalogue folder, or the problems that keep them from being read.
 *
 * @param tests every test, in file and line order; empty when there are errors
 * @param problems every problem in the test files
 */
public record ScenarioSuite(List<ScenarioTest> tests, List<Problem> problems) {
  public ScenarioSuite {
    tests = List.copyOf(tests);
    problems = List.copyOf(problems);
  }

  /** Whether every test file was read without error. */
  public boolean isValid() {
    return problems.stream().noneMatch(Problem::isError);
  }
}
