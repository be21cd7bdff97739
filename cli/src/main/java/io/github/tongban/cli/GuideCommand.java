package io.github.tongban.cli;

import io.github.tongban.present.Wording;
import io.github.tongban.present.Doc;
import io.github.tongban.core.model.Catalogue;
import io.github.tongban.core.model.LocalInfo;
import io.github.tongban.core.model.Material;
import io.github.tongban.core.model.Scenario;
import io.github.tongban.core.model.ServiceItem;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code tongban guide}: the service guide (办事指南) of one or all items, with the standard elements in the usual order. */
@Command(name = "guide", mixinStandardHelpOptions = true,
    description = "The service guide (办事指南) of one item (to standard output) or of every item (--out DIR: Markdown and HTML).")
final class GuideCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Mixin
  CommonOptions common;

  @Option(names = "--item", paramLabel = "CODE", description = "One item; without it, every item (needs --out).")
  String item;

  @Option(names = "--out", paramLabel = "DIR", description = "Write CODE.md and CODE.html (and index.md, index.html) into DIR.")
  Path out;

  @Option(names = "--format", paramLabel = "md|html", description = "The format written to standard output: md (default) or html.")
  String format = "md";

  @Override
  public Integer call() throws Exception {
    if (item == null && out == null) {
      throw new ParameterException(spec.commandLine(), "give --item CODE, or --out DIR for the guides of every item");
    }
    if (!format.equals("md") && !format.equals("html")) {
      throw new ParameterException(spec.commandLine(), "--format must be md or html, not " + format);
    }
    Optional<Catalogue> loaded = common.validCatalogue(spec.commandLine().getErr());
    if (loaded.isEmpty()) {
      return ExitCodes.FAILURE;
    }
    Catalogue catalogue = loaded.get();
    List<ServiceItem> items = item == null ? catalogue.items() : catalogue.item(item).map(List::of).orElse(List.of());
    if (items.isEmpty()) {
      throw new ParameterException(spec.commandLine(), "the catalogue has no item " + item + " (see tongban list)");
    }
    String footer = io.github.tongban.present.Notices.footer(catalogue);
    if (out == null) {
      Doc doc = guide(catalogue, items.get(0));
      PrintWriter w = spec.commandLine().getOut();
      w.print(common.json ? DecideCommand.JSON.writeValueAsString(items.get(0)) + "\n"
          : format.equals("md") ? doc.markdown() : doc.footer(footer).html(io.github.tongban.present.Language.ZH));
      w.flush();
      return ExitCodes.OK;
    }
    Files.createDirectories(out);
    List<List<List<Doc.Span>>> rows = new ArrayList<>();
    for (ServiceItem i : items) {
      Doc doc = guide(catalogue, i);
      Files.writeString(out.resolve(i.code() + ".md"), doc.markdown(), StandardCharsets.UTF_8);
      Files.writeString(out.resolve(i.code() + ".html"), doc.footer(footer).html(io.github.tongban.present.Language.ZH), StandardCharsets.UTF_8);
      rows.add(List.of(List.of(Doc.Span.plain(i.code())), List.of(Doc.Span.plain(i.name())), List.of(Doc.Span.plain(i.department())),
          List.of(Doc.Span.plain(i.scope().label())), List.of(Doc.Span.plain(i.onlineLevel().label()))));
    }
    Doc index = new Doc("办事指南 · " + catalogue.info().name()).table(List.of("事项编码", "事项名称", "部门", "通办范围", "网办深度"), rows);
    Files.writeString(out.resolve("index.md"), index.markdown(), StandardCharsets.UTF_8);
    Files.writeString(out.resolve("index.html"), index.footer(footer).html(io.github.tongban.present.Language.ZH), StandardCharsets.UTF_8);
    spec.commandLine().getOut().printf(common.lang.pick("已写出 %d 个事项的办事指南到 %s%n", "Wrote the guides of %d item(s) to %s%n"), items.size(), out);
    spec.commandLine().getOut().flush();
    return ExitCodes.OK;
  }

  /** The guide of one item: the standard elements in the usual order. */
  static Doc guide(Catalogue catalogue, ServiceItem i) {
    Doc doc = new Doc("办事指南 · " + i.name());
    doc.table(List.of("要素", "内容"), List.of(
        row("事项名称", i.name()), row("事项编码", i.code()), row("事项类型", i.type().label()), row("主管部门", i.department()),
        row("实施机关", i.authority().name() + "(" + i.authority().level().label() + ",由申请人属地的机关办理)"),
        row("行使层级", String.join("、", i.levels().stream().map(l -> l.label()).toList())),
        row("通办范围", i.scope().label()),
        row("跨域办理模式", i.modes().isEmpty() ? "无" : String.join("、", i.modes().stream().map(m -> m.label()).toList())),
        row("网办深度", i.onlineLevel().label()), row("跑动次数", i.trips() + " 次"),
        row("版本与有效期", i.version() + ",自 " + i.validity().from() + i.validity().to().map(t -> " 至 " + t).orElse(" 起"))));
    doc.heading(1, "设定依据");
    doc.bullets(i.legalBases().stream().map(b -> List.of(Doc.Span.plain(b.citation()))).toList());
    doc.heading(1, "受理条件");
    if (i.conditions().isEmpty()) {
      doc.para("无特别条件。");
    } else {
      doc.bullets(Wording.lines(catalogue, i, i.conditions().get()).stream().map(l -> List.of(Doc.Span.plain(l))).toList());
    }
    doc.heading(1, "办理情形");
    for (Scenario s : i.scenarios()) {
      List<Doc.Span> line = new ArrayList<>();
      line.add(new Doc.Span(s.name(), Doc.Style.STRONG));
      s.when().ifPresent(w -> line.add(Doc.Span.plain(":适用于" + Wording.of(catalogue, w))));
      s.conditions().ifPresent(c -> line.add(Doc.Span.plain(";另须" + Wording.of(catalogue, c))));
      line.add(Doc.Span.plain(";材料:" + String.join("、", s.materials().stream().map(m -> i.material(m).map(Material::name).orElse(m)).toList())));
      doc.para(line.toArray(new Doc.Span[0]));
    }
    doc.heading(1, "申请材料");
    List<List<List<Doc.Span>>> rows = new ArrayList<>();
    for (Material m : i.materials()) {
      String source = m.source().exempts() ? m.source().kind().label() + ":" + m.source().provider().orElse("") + "(免提交)" : "申请人提供";
      String flags = (m.essential() ? "关键材料" : "") + (m.deferrable() ? "可容缺" : "");
      rows.add(List.of(List.of(m.source().exempts() ? new Doc.Span(m.name(), Doc.Style.STRIKE) : Doc.Span.plain(m.name())),
          List.of(Doc.Span.plain(m.form().label() + " " + m.copies() + " 份")), List.of(Doc.Span.plain(source)),
          List.of(Doc.Span.plain(flags + m.requiredWhen().map(c -> (flags.isEmpty() ? "" : ";") + "仅当" + Wording.of(catalogue, c) + "时需要").orElse(""))),
          List.of(Doc.Span.plain(m.notes().orElse("")))));
    }
    doc.table(List.of("材料", "形式与份数", "来源", "要求", "说明"), rows);
    doc.heading(1, "办理流程");
    doc.bullets(i.process().stream().map(p -> List.of(new Doc.Span(p.name(), Doc.Style.STRONG),
        Doc.Span.plain(p.actor().map(a -> "(" + a + ")").orElse("") + p.description().map(d -> ":" + d).orElse("")))).toList());
    doc.heading(1, "办结时限");
    doc.para(i.timeLimit().instant() ? "即办件,当场办结(法定时限 " + i.timeLimit().statutory() + " 个工作日)。"
        : "法定时限 " + i.timeLimit().statutory() + " 个工作日,承诺时限 " + i.timeLimit().promised() + " 个工作日。"
            + (i.timeLimit().excludedSteps().isEmpty() ? "" : "不计入时限:" + String.join("、", i.timeLimit().excludedSteps()) + "。"));
    doc.heading(1, "收费标准");
    doc.para(i.fee().isFree() ? "不收费。" + i.fee().notes().orElse("")
        : i.fee().amount().toPlainString() + " 元" + i.fee().basis().flatMap(i::legalBasis).map(b -> "(依据:" + b.citation() + ")").orElse("")
            + i.fee().notes().map(n -> "。" + n).orElse(""));
    if (!i.intermediaries().isEmpty()) {
      doc.heading(1, "中介服务");
      doc.bullets(i.intermediaries().stream().map(x -> List.of(Doc.Span.plain(x.name() + (x.required() ? "(必需)" : "(非必需)")))).toList());
    }
    if (!i.forms().isEmpty()) {
      doc.heading(1, "办事表单");
      doc.bullets(i.forms().stream().map(f -> List.of(Doc.Span.plain(f.name() + f.url().map(u -> " " + u).orElse("")))).toList());
    }
    if (!i.reviewPoints().isEmpty()) {
      doc.heading(1, "审查要点");
      doc.bullets(i.reviewPoints().stream().map(r -> List.of(Doc.Span.plain(r))).toList());
    }
    doc.heading(1, "送达方式");
    doc.para(String.join("、", i.delivery().stream().map(d -> d.label()).toList()));
    if (!i.specialServices().isEmpty()) {
      doc.heading(1, "特殊服务");
      doc.para(String.join("、", i.specialServices().stream().map(s -> s.label()).toList()));
    }
    if (!i.local().isEmpty()) {
      doc.heading(1, "各地办理机关与联系方式");
      List<List<List<Doc.Span>>> local = new ArrayList<>();
      for (Map.Entry<String, LocalInfo> e : new java.util.TreeMap<>(i.local()).entrySet()) {
        LocalInfo l = e.getValue();
        String region = catalogue.regions().region(e.getKey()).map(r -> r.name()).orElse(e.getKey());
        local.add(List.of(List.of(Doc.Span.plain(region)), List.of(Doc.Span.plain(l.authorityName().orElse(""))),
            List.of(Doc.Span.plain(l.address().orElse(""))), List.of(Doc.Span.plain(l.phone().orElse(""))),
            List.of(Doc.Span.plain(l.hours().orElse("") + l.window().map(w -> " " + w).orElse("")))));
      }
      doc.table(List.of("地区", "机关", "地址", "电话", "时间与窗口"), local);
    }
    return doc;
  }

  private static List<List<Doc.Span>> row(String element, String value) {
    return List.of(List.of(Doc.Span.plain(element)), List.of(Doc.Span.plain(value)));
  }
}
