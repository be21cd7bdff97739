package io.github.tongban.cli;

import io.github.tongban.catalog.SampleCatalogue;
import io.github.tongban.core.load.CatalogueLoader;
import io.github.tongban.core.load.LoadResult;
import io.github.tongban.core.model.Catalogue;
import io.github.tongban.rules.DecisionEngine;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import picocli.CommandLine.Option;

/** The options every command takes. */
final class CommonOptions {
  /** The engine built last, with the catalogue instance it was built for. */
  private static final AtomicReference<Map.Entry<Catalogue, DecisionEngine>> LAST_ENGINE = new AtomicReference<>();

  @Option(names = "--lang", paramLabel = "zh|en", description = "Language of the output: zh (default) or en.")
  Lang lang = Lang.zh;

  @Option(names = "--json", description = "Write machine-readable JSON instead of text.")
  boolean json;

  @Option(names = "--debug", description = "Show stack traces of internal errors.")
  boolean debug;

  @Option(names = "--catalogue", paramLabel = "DIR", description = "The catalogue folder (default: the bundled sample).")
  Path catalogue;

  /**
   * The catalogue of {@code --catalogue} (or the bundled sample) when it is valid;
   * otherwise empty, after printing its errors to {@code err}.
   */
  Optional<Catalogue> validCatalogue(PrintWriter err) {
    LoadResult result = load(catalogue);
    if (!result.isValid()) {
      err.print(io.github.tongban.present.ProblemFormat.refusal(result.errors(), lang.language()));
      err.flush();
    }
    return result.catalogue();
  }

  /**
   * Loads the catalogue in {@code folder}, or the bundled sample catalogue when it is null. The
   * sample is loaded once per process (a load result is immutable), so commands run in-process
   * again and again, as tests and embedding tools do, do not read it each time.
   */
  LoadResult load(Path folder) {
    return folder == null ? Sample.RESULT : CatalogueLoader.withDefaults().load(folder);
  }

  /** Loads the catalogue in {@code folder}, or the bundled sample catalogue when it is null, with {@code loader}. */
  static LoadResult load(Path folder, CatalogueLoader loader) {
    return folder == null ? SampleCatalogue.load(loader) : loader.load(folder);
  }

  /**
   * The decision engine of {@code catalogue}: the one built last when it is for this very catalogue
   * (the bundled sample, run after run), else a new one. Building an engine compiles every rule.
   */
  static DecisionEngine engine(Catalogue catalogue) {
    Map.Entry<Catalogue, DecisionEngine> last = LAST_ENGINE.get();
    if (last != null && last.getKey() == catalogue) {
      return last.getValue();
    }
    DecisionEngine engine = DecisionEngine.of(catalogue);
    LAST_ENGINE.set(Map.entry(catalogue, engine));
    return engine;
  }

  /** The bundled sample's load result, loaded on first use. */
  private static final class Sample {
    static final LoadResult RESULT = SampleCatalogue.load(CatalogueLoader.withDefaults());
  }
}
