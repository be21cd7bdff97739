package io.github.tongban.maven;

import io.github.tongban.core.load.CatalogueLoader;
import io.github.tongban.core.load.LoadResult;
import io.github.tongban.core.load.ScenarioTestLoader;
import io.github.tongban.core.load.TestCoverage;
import io.github.tongban.core.validation.Problem;
import io.github.tongban.present.Language;
import io.github.tongban.present.ProblemFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * {@code tongban:validate}: every problem of the catalogue and of its scenario test files, as
 * {@code tongban validate} reports them, each in the build log with its file, line and column;
 * {@code validate.sarif} (SARIF 2.1.0, for code scanning) and {@code validate-junit.xml} (JUnit
 * XML) in the output folder. Fails the build when there is an error (or a warning, with
 * {@code warningsAsErrors}). The reports are written before the build fails, for CI to upload.
 */
@Mojo(name = "validate", defaultPhase = LifecyclePhase.VERIFY, requiresProject = false, threadSafe = true)
public final class ValidateMojo extends CatalogueMojo {
  /** The SARIF file's name in the output folder. */
  static final String SARIF_FILE = "validate.sarif";
  /** The JUnit XML file's name in the output folder. */
  static final String JUNIT_FILE = "validate-junit.xml";

  /** Fail on warnings too, e.g. a scenario that never applies. */
  @Parameter(property = "tongban.warningsAsErrors", defaultValue = "false")
  boolean warningsAsErrors;

  /** Report every standard element an item does not fill as an error ({@code item.incomplete}). */
  @Parameter(property = "tongban.requireComplete", defaultValue = "false")
  boolean requireComplete;

  @Override
  void run() throws MojoExecutionException, MojoFailureException {
    Language language = language();
    CatalogueLoader loader = requireComplete ? CatalogueLoader.withDefaults().requiringCompleteItems() : CatalogueLoader.withDefaults();
    LoadResult result = TestCoverage.withTests(loader.load(folder()), ScenarioTestLoader.withDefaults().load(folder()));
    write(SARIF_FILE, ProblemFormat.SARIF.render(result, shownFolder(), language));
    write(JUNIT_FILE, ProblemFormat.JUNIT.render(result, shownFolder(), language));

    boolean failed = !result.isValid() || (warningsAsErrors && !result.warnings().isEmpty());
    List<Problem> problems = result.problems().stream().map(this::shown).toList();
    LoadResult shown = new LoadResult(result.catalogue(), problems);
    // the text form: two lines a problem (the problem, what to do), then the summary
    List<String> lines = ProblemFormat.TEXT.render(shown, Optional.of(folder()), language).lines().toList();
    if (lines.size() != 2 * problems.size() + 1) {
      log(lines, failed ? getLog()::error : getLog()::warn);
    } else {
      for (int i = 0; i < problems.size(); i++) {
        Consumer<CharSequence> level = problems.get(i).isError() || warningsAsErrors ? getLog()::error : getLog()::warn;
        log(lines.subList(2 * i, 2 * i + 2), level);
      }
    }
    String summary = lines.get(lines.size() - 1);
    if (failed) {
      throw new MojoFailureException(summary + (result.isValid()
          ? language.pick("(tongban.warningsAsErrors:警告也使构建失败)", " (tongban.warningsAsErrors: warnings fail the build too)") : ""));
    }
    log(summary, getLog()::info);
  }
}
