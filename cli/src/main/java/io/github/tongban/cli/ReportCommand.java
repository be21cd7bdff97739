package io.github.tongban.cli;

import io.github.tongban.present.Doc;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.tongban.core.model.Catalogue;
import io.github.tongban.core.report.CatalogueReport;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

  @Option(names = "--format", paramLabel = "text|json|html", description = "text (default), json, or html with bar charts (opens without a network).")
  String format = "text";

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    Optional<Catalogue> catalogue = common.validCatalogue(spec.commandLine().getErr());
    if (catalogue.isEmpty()) {
      return ExitCodes.FAILURE;
    }
    CatalogueReport r = CatalogueReport.of(catalogue.get());
    if (!List.of("text", "json", "html").contains(format)) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--format must be text, json or html, not " + format);
    }
    if (format.equals("html")) {
      out.print(html(catalogue.get(), r));
    } else if (common.json || format.equals("json")) {
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

  static String html(Catalogue catalogue, CatalogueReport r) {
    Doc doc = new Doc("事项目录统计 · " + catalogue.info().name());
    doc.table(List.of("指标", "数值"), List.of(
        row("事项数", String.valueOf(r.items())),
        row("网上可办率", r.onlineCapable() + " 项," + r.onlineCapableRate() + "%"),
        row("全程网办率", r.fullyOnline() + " 项," + r.fullyOnlineRate() + "%"),
        row("平均跑动次数", r.averageTrips().toPlainString()),
        row("平均材料数", r.averageMaterials().toPlainString()),
        row("承诺时限压缩比", r.compression() + "%"),
        row("即办件占比", r.instant() + " 项," + r.instantShare() + "%")));
    doc.heading(1, "按部门");
    doc.rawHtml(Charts.bars(r.byDepartment()));
    Map<String, Integer> levels = new LinkedHashMap<>();
    r.byLevel().forEach((k, v) -> levels.put(k.label(), v));
    doc.heading(1, "按层级");
    doc.rawHtml(Charts.bars(levels));
    Map<String, Integer> scopes = new LinkedHashMap<>();
    r.byScope().forEach((k, v) -> scopes.put(k.label(), v));
    doc.heading(1, "按通办范围");
    doc.rawHtml(Charts.bars(scopes));
    return doc.footer(io.github.tongban.present.Notices.footer(catalogue)).html(io.github.tongban.present.Language.ZH);
  }

  private static List<List<Doc.Span>> row(String a, String b) {
    return List.of(List.of(Doc.Span.plain(a)), List.of(Doc.Span.plain(b)));
  }
}
