package io.github.tongban.core.load;

import io.github.tongban.core.internal.Problems;
import io.github.tongban.core.internal.bind.ScenarioTestBinder;
import io.github.tongban.core.internal.files.FilePipeline;
import io.github.tongban.core.scenario.ScenarioSuite;
import io.github.tongban.core.scenario.ScenarioTest;
import io.github.tongban.core.validation.LoadLimits;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads the scenario tests under a catalogue folder's {@code tests/}, as strictly as the
 * catalogue itself: strict YAML, the tests schema, and real dates, each problem located.
 */
public final class ScenarioTestLoader {
  private final LoadLimits limits;

  private ScenarioTestLoader(LoadLimits limits) {
    this.limits = limits;
  }

  /** A loader with {@link LoadLimits#DEFAULTS}. */
  public static ScenarioTestLoader withDefaults() {
    return new ScenarioTestLoader(LoadLimits.DEFAULTS);
  }

  /** A loader within {@code limits}. */
  public static ScenarioTestLoader withLimits(LoadLimits limits) {
    return new ScenarioTestLoader(java.util.Objects.requireNonNull(limits, "limits"));
  }

  /** Reads every {@code tests/**.yaml} of the catalogue folder {@code folder}. */
  public ScenarioSuite load(Path folder) {
    Problems problems = new Problems(limits.maxProblems());
    FilePipeline pipeline = new FilePipeline(CatalogueLoader.realFolder(folder), limits);
    Optional<List<String>> files = pipeline.testFiles(problems);
    List<ScenarioTest> tests = new ArrayList<>();
    files.ifPresent(list -> pipeline.read(list, problems, doc -> tests.addAll(ScenarioTestBinder.bind(doc, problems))));
    return new ScenarioSuite(problems.hasErrors() ? List.of() : tests, problems.toList());
  }

  /** For symmetry with {@link CatalogueLoader#limits()}. */
  public LoadLimits limits() {
    return limits;
  }

}
