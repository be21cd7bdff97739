package io.github.tongban.cli;

import io.github.tongban.core.model.Catalogue;
import io.github.tongban.present.Json;
import io.github.tongban.present.Reports;
import io.github.tongban.present.SafeText;
import io.github.tongban.rules.DecisionEngine;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code tongban report}: the catalogue's published figures (目录统计) over the versions in force on a day. */
@Command(name = "report", mixinStandardHelpOptions = true,
    description = "The catalogue report: online rates, trips, materials, compression, instant items, element completeness, upcoming versions.")
final class ReportCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Mixin
  CommonOptions common;

  @Option(names = "--format", paramLabel = "text|json|html", description = "text (default), json, or html with bar charts (opens without a network).")
  String format = "text";

  @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "Count the versions in force on this day (default: today).")
  LocalDate date;

  @Override
  public Integer call() throws Exception {
    if (!List.of("text", "json", "html").contains(format)) {
      throw new ParameterException(spec.commandLine(), common.lang.pick("--format 只能是 text、json 或 html,不能是 ",
          "--format must be text, json or html, not ") + SafeText.line(format));
    }
    PrintWriter out = spec.commandLine().getOut();
    Optional<Catalogue> catalogue = common.validCatalogue(spec.commandLine().getErr());
    if (catalogue.isEmpty()) {
      return ExitCodes.FAILURE;
    }
    LocalDate day = date == null ? LocalDate.now(DecisionEngine.CITY_ZONE) : date;
    if (format.equals("html")) {
      out.print(Reports.html(catalogue.get(), day, common.lang.language()).html(common.lang.language()));
    } else if (common.json || format.equals("json")) {
      out.println(Json.pretty().writeValueAsString(Reports.json(catalogue.get(), day)));
    } else {
      Reports.lines(catalogue.get(), day, common.lang.language()).forEach(out::println);
    }
    out.flush();
    return ExitCodes.OK;
  }
}
