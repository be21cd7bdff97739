package io.github.tongban.maven;

import io.github.tongban.core.load.CatalogueLoader;
import io.github.tongban.core.load.LoadResult;
import io.github.tongban.core.load.ScenarioTestLoader;
import io.github.tongban.core.scenario.ScenarioSuite;
import io.github.tongban.core.scenario.ScenarioTest;
import io.github.tongban.core.validation.Problem;
import io.github.tongban.present.Language;
import io.github.tongban.present.ProblemFormat;
import io.github.tongban.present.TestFormat;
import io.github.tongban.rules.DecisionEngine;
import io.github.tongban.rules.ScenarioRunner;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * {@code tongban:test}: runs the catalogue's YAML scenario tests ({@code tests/}) as
 * {@code tongban test} does; each failure in the build log at its test's file and line, then
 * {@code N passed, N failed}. The results go to {@code TEST-tongban-scenarios.xml} in the output
 * folder, JUnit XML in the form Surefire writes, so the tools that read Surefire's reports read it.
 * When the catalogue or the tests cannot be loaded, the file holds their problems as failed test
 * cases and the build fails.
 */
@Mojo(name = "test", defaultPhase = LifecyclePhase.VERIFY, requiresProject = false, threadSafe = true)
public final class TestMojo extends CatalogueMojo {
  /** The JUnit XML file's name in the output folder. */
  static final String JUNIT_FILE = "TEST-tongban-scenarios.xml";

  /** The date of the tests that name none (YYYY-MM-DD); today in the city by default. */
  @Parameter(property = "tongban.date")
  String date;

  @Override
  void run() throws MojoExecutionException, MojoFailureException {
    Language language = language();
    LocalDate today = day(date, LocalDate.now(DecisionEngine.CITY_ZONE));
    LoadResult catalogue = CatalogueLoader.withDefaults().load(folder());
    ScenarioSuite suite = ScenarioTestLoader.withDefaults().load(folder());
    if (!catalogue.isValid() || !suite.isValid()) {
      List<Problem> problems = new ArrayList<>(catalogue.errors());
      problems.addAll(suite.problems());
      write(JUNIT_FILE, ProblemFormat.JUNIT.render(new LoadResult(Optional.empty(), problems), shownFolder(), language));
      List<String> lines = TestFormat.notRun(problems.stream().map(this::shown).toList(), language).lines().toList();
      log(lines.subList(0, lines.size() - 1), getLog()::error);
      throw new MojoFailureException(lines.get(lines.size() - 1));
    }
    List<ScenarioRunner.Outcome> outcomes = new ScenarioRunner(DecisionEngine.of(catalogue.orElseThrow()), today, language.locale())
        .run(suite.tests());
    write(JUNIT_FILE, TestFormat.JUNIT.render(outcomes, shownFolder(), language));
    List<ScenarioRunner.Outcome> shown = outcomes.stream().map(this::shown).toList();
    List<String> lines = TestFormat.TEXT.render(shown, Optional.of(folder()), language).lines().toList();
    log(lines.subList(0, lines.size() - 1), getLog()::error);
    String summary = lines.get(lines.size() - 1);
    if (!outcomes.stream().allMatch(ScenarioRunner.Outcome::passed)) {
      throw new MojoFailureException(summary);
    }
    log(summary, getLog()::info);
  }

  /** The outcome, its test file named as reports name it. */
  private ScenarioRunner.Outcome shown(ScenarioRunner.Outcome o) {
    ScenarioTest t = o.test();
    return new ScenarioRunner.Outcome(new ScenarioTest(shown(t.file()), t.line(), t.item(), t.name(), t.date(), t.at(), t.facts(),
        t.expect()), o.failures());
  }
}
