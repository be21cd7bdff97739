package io.github.tongban.cli;

import io.github.tongban.core.load.CatalogueLoader;
import io.github.tongban.core.load.LoadResult;
import io.github.tongban.core.model.Catalogue;
import io.github.tongban.present.CatalogueDiff;
import io.github.tongban.present.Json;
import io.github.tongban.present.SafeText;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code tongban diff OLD NEW}: what changed between two catalogue versions, in words, for the
 * reviewer of a catalogue change; the words come from {@link CatalogueDiff}.
 */
@Command(name = "diff", mixinStandardHelpOptions = true,
    description = "What changed between two catalogue folders: items element by element, facts, parameters, regions, the calendar.")
final class DiffCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Mixin
  CommonOptions common;

  @Parameters(index = "0", paramLabel = "OLD", description = "The catalogue folder before the change.")
  Path oldFolder;

  @Parameters(index = "1", paramLabel = "NEW", description = "The catalogue folder after the change.")
  Path newFolder;

  @Option(names = "--fail-on-standard-change",
      description = "Exit with 1 when a standard element changed: of an item (or an item was added or removed), a fact, a parameter, a region or the calendar.")
  boolean failOnStandardChange;

  @Override
  public Integer call() throws Exception {
    Optional<Catalogue> before = load(oldFolder);
    Optional<Catalogue> after = load(newFolder);
    if (before.isEmpty() || after.isEmpty()) {
      return ExitCodes.FAILURE;
    }
    List<CatalogueDiff.Change> changes = CatalogueDiff.between(before.get(), after.get(), common.lang.language());
    PrintWriter out = spec.commandLine().getOut();
    if (common.json) {
      out.println(Json.pretty().writeValueAsString(CatalogueDiff.json(changes)));
    } else {
      CatalogueDiff.text(changes, common.lang.language()).forEach(out::println);
    }
    out.flush();
    return failOnStandardChange && CatalogueDiff.changesStandard(changes) ? ExitCodes.FAILURE : ExitCodes.OK;
  }

  /** The valid catalogue in {@code folder}; otherwise empty, after printing its errors. */
  private Optional<Catalogue> load(Path folder) {
    LoadResult r = CatalogueLoader.withDefaults().load(folder);
    if (!r.isValid()) {
      PrintWriter err = spec.commandLine().getErr();
      err.println(SafeText.line(folder.toString()) + ":");
      r.errors().forEach(p -> err.println("  " + SafeText.block(p.format(common.lang.locale()))));
      err.flush();
    }
    return r.catalogue();
  }
}
