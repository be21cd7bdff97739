package io.github.tongban.cli;

import io.github.tongban.catalog.SampleCatalogue;
import io.github.tongban.core.load.LoadResult;
import io.github.tongban.core.load.ScenarioTestLoader;
import io.github.tongban.core.scenario.ScenarioSuite;
import io.github.tongban.core.validation.Problem;
import io.github.tongban.present.TestFormat;
import io.github.tongban.rules.DecisionEngine;
import io.github.tongban.rules.ScenarioRunner;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code tongban test [DIR]}: runs the catalogue's YAML scenario tests. */
@Command(name = "test", mixinStandardHelpOptions = true,
    description = "Run the scenario tests under DIR/tests (default: the bundled sample) and print 'N passed, N failed'.")
final class TestCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Mixin
  CommonOptions common;

  @Parameters(index = "0", arity = "0..1", paramLabel = "DIR", description = "The catalogue folder.")
  Path folder;

  @Option(names = "--format", paramLabel = "FORMAT",
      description = "text (default), json, junit (JUnit XML) or github (annotations for the failures, then the summary).")
  String format = "text";

  @Option(names = "--junit", paramLabel = "FILE",
      description = "Also write the results as JUnit XML to FILE, always: when the catalogue or the tests do not load, as one failed test case.")
  Path junit;

  @Option(names = "--today", paramLabel = "DATE", description = "The date of tests that name none (default: today).")
  LocalDate today;

  @Override
  public Integer call() throws Exception {
    TestFormat chosen = common.json ? TestFormat.JSON
        : TestFormat.of(format).orElseThrow(() -> UsageError.of(spec, l -> UsageError.TEXTS.get(l, "usage.format", TestFormat.ids(l), format)));
    PrintWriter out = spec.commandLine().getOut();
    folder = folder != null ? folder : common.catalogue;
    LoadResult catalogue = common.load(folder);
    ScenarioSuite suite = folder == null ? SampleCatalogue.tests() : ScenarioTestLoader.withDefaults().load(folder);
    if (!catalogue.isValid() || !suite.isValid()) {
      List<Problem> problems = new ArrayList<>(catalogue.errors());
      problems.addAll(suite.problems());
      if (junit != null) {
        writeJunit(TestFormat.JUNIT.renderNotRun(problems, Optional.ofNullable(folder), common.lang.language()));
      }
      (chosen == TestFormat.GITHUB ? Terminal.unguarded(out) : out).print(chosen.renderNotRun(problems, Optional.ofNullable(folder), common.lang.language()));
      out.flush();
      return ExitCodes.FAILURE;
    }
    ScenarioRunner runner = new ScenarioRunner(DecisionEngine.of(catalogue.orElseThrow()),
        today == null ? LocalDate.now(DecisionEngine.CITY_ZONE) : today, common.lang.locale());
    List<ScenarioRunner.Outcome> outcomes = runner.run(suite.tests());
    if (junit != null) {
      writeJunit(TestFormat.JUNIT.render(outcomes, Optional.ofNullable(folder), common.lang.language()));
    }
    (chosen == TestFormat.GITHUB ? Terminal.unguarded(out) : out).print(chosen.render(outcomes, Optional.ofNullable(folder), common.lang.language()));
    out.flush();
    return outcomes.stream().allMatch(ScenarioRunner.Outcome::passed) ? ExitCodes.OK : ExitCodes.FAILURE;
  }

  /** The JUnit report, written whatever happened (CI report steps look for it), its folder made if missing. */
  private void writeJunit(String xml) throws IOException {
    Path parent = junit.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    Files.writeString(junit, xml, StandardCharsets.UTF_8);
  }
}
