package io.github.tongban.cli;

import io.github.tongban.catalog.SampleCatalogue;
import io.github.tongban.core.load.CatalogueLoader;
import io.github.tongban.core.load.LoadResult;
import io.github.tongban.core.load.ScenarioTestLoader;
import io.github.tongban.core.load.TestCoverage;
import io.github.tongban.core.scenario.ScenarioSuite;
import io.github.tongban.present.ProblemFormat;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code tongban validate [DIR]}: every problem of a catalogue, with file, line and column. */
@Command(name = "validate", mixinStandardHelpOptions = true,
    description = "Validate a catalogue folder (default: the bundled sample) and its scenario tests (tests/), and list every problem.")
final class ValidateCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Mixin
  CommonOptions common;

  @Parameters(index = "0", arity = "0..1", paramLabel = "DIR", description = "The catalogue folder.")
  Path folder;

  @Option(names = "--format", paramLabel = "FORMAT",
      description = "text (default), json, junit (JUnit XML for any CI), sarif (SARIF 2.1.0 for code scanning), github (annotations).")
  String format = "text";

  @Option(names = "--warnings-as-errors",
      description = "Fail (exit 1) when there is any warning too, e.g. a scenario that never applies; by default warnings do not fail.")
  boolean warningsAsErrors;

  @Option(names = "--require-complete",
      description = "Report every standard element an item does not fill as an error (item.incomplete), for cities that publish only complete items.")
  boolean requireComplete;

  @Override
  public Integer call() {
    ProblemFormat chosen = common.json ? ProblemFormat.JSON
        : ProblemFormat.of(format).orElseThrow(() -> UsageError.of(spec, l -> UsageError.TEXTS.get(l, "usage.format", ProblemFormat.ids(l), format)));
    folder = folder != null ? folder : common.catalogue;
    LoadResult result = withTests(requireComplete ? CommonOptions.load(folder, CatalogueLoader.withDefaults().requiringCompleteItems()) : common.load(folder));
    // annotations are the one output a CI runner must act on: they go past the terminal guard, each line escaped by its format
    PrintWriter out = chosen == ProblemFormat.GITHUB ? Terminal.unguarded(spec.commandLine().getOut()) : spec.commandLine().getOut();
    out.print(chosen.render(result, Optional.ofNullable(folder), common.lang.language()));
    out.flush();
    boolean failed = !result.isValid() || (warningsAsErrors && !result.warnings().isEmpty());
    return failed ? ExitCodes.FAILURE : ExitCodes.OK;
  }

  /** {@code catalogue}'s problems and those of the folder's scenario tests ({@code tests/}), which are not run. */
  private LoadResult withTests(LoadResult catalogue) {
    ScenarioSuite suite = folder == null ? SampleCatalogue.tests() : ScenarioTestLoader.withDefaults().load(folder);
    return TestCoverage.withTests(catalogue, suite);
  }
}
