package io.github.tongban.cli;

import io.github.tongban.core.model.Catalogue;
import io.github.tongban.present.Json;
import io.github.tongban.present.Listing;
import io.github.tongban.rules.DecisionEngine;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code tongban list}: the items in force on a day, with code, name, department, scope, online level and version. */
@Command(name = "list", mixinStandardHelpOptions = true, description = "List the items of a catalogue in force on a day, flagging upcoming versions.")
final class ListCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Mixin
  CommonOptions common;

  @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "List the versions in force on this day (default: today).")
  LocalDate date;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    Optional<Catalogue> catalogue = common.validCatalogue(spec.commandLine().getErr());
    if (catalogue.isEmpty()) {
      return ExitCodes.FAILURE;
    }
    LocalDate day = date == null ? LocalDate.now(DecisionEngine.CITY_ZONE) : date;
    if (common.json) {
      out.println(Json.pretty().writeValueAsString(Listing.json(catalogue.get(), day)));
    } else {
      Listing.lines(catalogue.get(), day, common.lang.language()).forEach(out::println);
    }
    out.flush();
    return ExitCodes.OK;
  }
}
