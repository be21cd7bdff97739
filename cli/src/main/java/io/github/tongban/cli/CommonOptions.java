package io.github.tongban.cli;

import io.github.tongban.catalog.SampleCatalogue;
import io.github.tongban.core.load.CatalogueLoader;
import io.github.tongban.core.load.LoadResult;
import io.github.tongban.core.model.Catalogue;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/** The options every command takes. */
final class CommonOptions {
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

  /** Loads the catalogue in {@code folder}, or the bundled sample catalogue when it is null. */
  LoadResult load(Path folder) {
    CatalogueLoader loader = CatalogueLoader.withDefaults();
    return folder == null ? SampleCatalogue.load(loader) : loader.load(folder);
  }
}
