package io.github.tongban.present;

import io.github.tongban.core.model.Catalogue;
import io.github.tongban.core.model.ServiceItem;
import io.github.tongban.rules.Acceptance;
import io.github.tongban.rules.Decision;
import io.github.tongban.rules.MaterialDecision;
import io.github.tongban.rules.Question;
import io.github.tongban.rules.Reason;
import java.util.ArrayList;
import java.util.List;

/** The notices a window hands an applicant, built from a decision: one document for every front end. */
public final class Notices {
  private Notices() {}

  /** The footer line of every document made from {@code c}: its name and version, and whether its content is illustrative. */
  public static String footer(Catalogue c) {
    String base = c.info().name() + " " + c.info().version() + " · tongban";
    return c.info().illustrative() ? base + " · 示例内容,仅供演示,不是法定文本 / illustrative content, not legal text" : base;
  }

  /** The notice for decision {@code d}. */
  public static Doc notice(Catalogue catalogue, Decision d) {

    ServiceItem item = catalogue.item(d.item()).orElseThrow();
    Doc doc = new Doc("一次性告知书 · " + d.itemName());
    doc.para(Doc.Span.plain("事项编码 " + d.item() + " · 申请日期 " + d.timing().applicationDate() + " · 目录版本 " + d.catalogueVersion()));
    doc.heading(1, "办理结论");
    doc.para(new Doc.Span(d.status().label(), Doc.Style.STRONG));
    List<List<Doc.Span>> reasons = new ArrayList<>();
    for (Reason r : d.reasons()) {
      String mark = switch (r.kind()) {
        case FAILED -> "不符合:";
        case UNKNOWN -> "待确认:";
        case MET -> "符合:";
      };
      reasons.add(List.of(Doc.Span.plain(mark + r.text().zh()),
          new Doc.Span(r.basis().map(b -> "(依据:" + b.citation() + ")").orElse(""), Doc.Style.MUTED)));
    }
    doc.bullets(reasons);
    if (!d.nextQuestions().isEmpty()) {
      doc.heading(1, "还需提供的信息");
      List<List<Doc.Span>> qs = new ArrayList<>();
      for (Question q : d.nextQuestions()) {
        qs.add(List.of(Doc.Span.plain(q.question()),
            new Doc.Span(q.allowedValues().isEmpty() ? "" : "(" + String.join(" / ", q.allowedValues()) + ")", Doc.Style.MUTED)));
      }
      doc.bullets(qs);
    }
    if (!d.scenarios().isEmpty()) {
      doc.heading(1, "办理情形");
      doc.para(String.join("、", d.scenarios().stream().map(s -> s.name() + s.condition().map(c -> "(" + c.zh() + ")").orElse("")).toList()));
    }
    doc.heading(1, "申请材料清单");
    List<List<List<Doc.Span>>> rows = new ArrayList<>();
    for (MaterialDecision m : d.materials()) {
      List<Doc.Span> name = m.status() == MaterialDecision.Status.EXEMPT
          ? List.of(new Doc.Span(m.name(), Doc.Style.STRIKE)) : List.of(Doc.Span.plain(m.name()));
      String how = switch (m.status()) {
        case EXEMPT -> "免提交:由" + m.exemptSource().orElseThrow() + "提供,无须申请人提交";
        case DEFERRABLE -> "可容缺:签署承诺书后,最迟于 " + m.deferUntil().orElseThrow() + " 前补交";
        case REQUIRED -> m.essential() ? "须提交(关键材料)" : "须提交";
      };
      rows.add(List.of(name, List.of(Doc.Span.plain(m.form().label() + " " + m.copies() + " 份")),
          List.of(new Doc.Span(how, m.status() == MaterialDecision.Status.REQUIRED ? Doc.Style.STRONG : Doc.Style.PLAIN)),
          List.of(Doc.Span.plain(m.condition().map(c -> c.zh() + "时需要。").orElse("") + m.notes().orElse("")))));
    }
    if (rows.isEmpty()) {
      doc.para(new Doc.Span("办理情形确定后告知所需材料。", Doc.Style.MUTED));
    } else {
      doc.table(List.of("材料", "形式与份数", "要求", "说明"), rows);
    }
    Acceptance a = d.acceptance();
    doc.heading(1, "受理地点与方式");
    doc.para(Doc.Span.plain(a.outcome().label() + a.mode().map(m -> "(" + m.label() + ")").orElse("")
        + a.point().map(p -> ":" + p.name()).orElse(":网上申请")));
    doc.para(Doc.Span.plain(a.explanation().zh()));
    a.authority().ifPresent(x -> doc.para(Doc.Span.plain("办理机关:" + x)));
    if (!a.alternatives().isEmpty()) {
      doc.bullets(a.alternatives().stream().map(p -> List.of(Doc.Span.plain("可前往:" + p.name() + "(" + p.region() + ")"))).toList());
    }
    if (a.outcome() != Acceptance.Outcome.ACCEPTED && a.onlineAlternative()) {
      doc.para("也可通过网上办事大厅全程网办。");
    }
    doc.para(Doc.Span.plain("结果送达:" + String.join("、", a.delivery().stream().map(m -> m.label()).toList())));
    doc.heading(1, "办理时限");
    var t = d.timing();
    doc.para(t.instant() ? "即办件:当场办结(" + t.promisedDue() + ")。"
        : "承诺时限 " + t.promisedDays() + " 个工作日,最迟 " + t.promisedDue() + " 办结;法定时限 " + t.statutoryDays()
            + " 个工作日(" + t.statutoryDue() + ")。"
            + (item.timeLimit().excludedSteps().isEmpty() ? "" : "不计入时限的程序:" + String.join("、", item.timeLimit().excludedSteps()) + "。"));
    doc.heading(1, "收费与跑动");
    doc.para((d.fee().isFree() ? "不收费" : "收费 " + d.fee().amount().toPlainString() + " 元" + d.fee().basis().flatMap(item::legalBasis)
        .map(b -> "(依据:" + b.citation() + ")").orElse("")) + ";跑动次数 " + d.trips() + " 次;" + d.onlineLevel().label() + "。");
    return doc;
  }
}
