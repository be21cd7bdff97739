package io.github.tongban.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.tongban.core.model.Catalogue;
import io.github.tongban.core.report.CatalogueReport;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code tongban report}: the catalogue's published figures (目录统计). */
@Command(name = "report", mixinStandardHelpOptions = true, description = "The catalogue report: online rates, trips, materials, compression, instant items.")
final class ReportCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Mixin
  CommonOptions common;

  @Option(names = "--catalogue", paramLabel = "DIR", description = "The catalogue folder (default: the bundled sample).")
  Path folder;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    Optional<Catalogue> catalogue = common.validCatalogue(folder, spec.commandLine().getErr());
    if (catalogue.isEmpty()) {
      return ExitCodes.FAILURE;
    }
    CatalogueReport r = CatalogueReport.of(catalogue.get());
    if (common.json) {
      ObjectNode n = ValidateCommand.Json.MAPPER.createObjectNode();
      n.put("items", r.items()).put("onlineCapable", r.onlineCapable()).put("onlineCapableRate", r.onlineCapableRate())
          .put("fullyOnline", r.fullyOnline()).put("fullyOnlineRate", r.fullyOnlineRate()).put("averageTrips", r.averageTrips())
          .put("averageMaterials", r.averageMaterials()).put("compression", r.compression()).put("instant", r.instant())
          .put("instantShare", r.instantShare());
      ObjectNode dep = n.putObject("byDepartment");
      r.byDepartment().forEach(dep::put);
      ObjectNode lvl = n.putObject("byLevel");
      r.byLevel().forEach((k, v) -> lvl.put(k.yamlName(), v));
      ObjectNode scope = n.putObject("byScope");
      r.byScope().forEach((k, v) -> scope.put(k.yamlName(), v));
      out.println(ValidateCommand.Json.MAPPER.writeValueAsString(n));
    } else {
      Lang l = common.lang;
      out.printf("%s %d%n", l.pick("事项数", "Items"), r.items());
      out.printf("%s %d (%s%%)%n", l.pick("网上可办", "Online-capable"), r.onlineCapable(), r.onlineCapableRate());
      out.printf("%s %d (%s%%)%n", l.pick("全程网办", "Fully online"), r.fullyOnline(), r.fullyOnlineRate());
      out.printf("%s %s%n", l.pick("平均跑动次数", "Average trips"), r.averageTrips());
      out.printf("%s %s%n", l.pick("平均材料数", "Average materials"), r.averageMaterials());
      out.printf("%s %s%%%n", l.pick("承诺时限压缩比", "Promised-limit compression"), r.compression());
      out.printf("%s %d (%s%%)%n", l.pick("即办件", "Instant items"), r.instant(), r.instantShare());
      out.println(l.pick("按部门:", "By department:"));
      r.byDepartment().forEach((k, v) -> out.printf("  %s %d%n", k, v));
      out.println(l.pick("按层级:", "By level:"));
      r.byLevel().forEach((k, v) -> out.printf("  %s %d%n", l.pick(k.label(), k.yamlName()), v));
      out.println(l.pick("按通办范围:", "By scope:"));
      r.byScope().forEach((k, v) -> out.printf("  %s %d%n", l.pick(k.label(), k.yamlName()), v));
    }
    out.flush();
    return ExitCodes.OK;
  }
}
