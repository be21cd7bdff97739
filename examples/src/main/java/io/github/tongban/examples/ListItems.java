package io.github.tongban.examples;

import io.github.tongban.catalog.SampleCatalogue;
import io.github.tongban.core.load.CatalogueLoader;
import io.github.tongban.core.load.LoadResult;
import io.github.tongban.core.model.Catalogue;
import io.github.tongban.core.model.ServiceItem;
import io.github.tongban.core.validation.Problem;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The smallest embedding: load a catalogue (a folder given as the first argument, or the
 * bundled sample), report its problems, and print its items.
 */
public final class ListItems {
  private ListItems() {}

  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  /** Runs the example; returns 0 when the catalogue loaded, 1 when it has errors. */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    LoadResult result = args.length > 0
        ? CatalogueLoader.withDefaults().load(Path.of(args[0]))
        : SampleCatalogue.load(CatalogueLoader.withDefaults());

    for (Problem problem : result.problems()) {
      err.println(problem.format(Locale.SIMPLIFIED_CHINESE));
    }
    if (!result.isValid()) {
      return 1;
    }
    Catalogue catalogue = result.orElseThrow();
    out.println(catalogue.info().name() + " " + catalogue.info().version());
    for (ServiceItem item : catalogue.items()) {
      out.printf("%s  %s  (%s, %s, 承诺 %d 个工作日)%n", item.code(), item.name(), item.department(),
          item.scope().label(), item.timeLimit().promised());
    }
    return 0;
  }
}
