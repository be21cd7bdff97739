package io.github.tongban.examples;

import io.github.tongban.catalog.SampleCatalogue;
import io.github.tongban.core.model.Catalogue;
import io.github.tongban.rules.Acceptance;
import io.github.tongban.rules.Application;
import io.github.tongban.rules.Decision;
import io.github.tongban.rules.DecisionEngine;
import io.github.tongban.rules.MaterialDecision;
import io.github.tongban.rules.Question;
import io.github.tongban.rules.Reason;
import java.io.PrintStream;
import java.time.LocalDate;

/**
 * A full decision for one application: an 82-year-old registered in 金川区 applies for the
 * elderly allowance (高龄津贴) at a service centre in 永昌县, the other county.
 */
public final class FullDecision {
  private FullDecision() {}

  public static void main(String[] args) {
    Catalogue catalogue = SampleCatalogue.catalogue();
    DecisionEngine engine = DecisionEngine.of(catalogue);   // built once, reused for every decision
    Decision decision = engine.decide(Application.forItem("620300-MZ-002")
        .fact("age", 82)
        .fact("householdRegion", "620302001001")             // a community of 滨河路街道, 金川区
        .fact("agentApplies", false)
        .at("620321001")                                      // 城关镇便民服务中心, 永昌县
        .on(LocalDate.of(2026, 2, 12))
        .build());
    print(decision, System.out);
  }

  /** Prints a decision the way a window clerk reads it out. */
  public static void print(Decision d, PrintStream out) {
    out.printf("%s %s(目录 %s)%n", d.item(), d.itemName(), d.catalogueVersion());
    out.printf("结论:%s%n", d.status().label());
    for (Reason r : d.reasons()) {
      out.printf("  %s %s%s%n", r.kind() == Reason.Kind.FAILED ? "✗" : r.kind() == Reason.Kind.MET ? "✓" : "?", r.text().zh(),
          r.basis().map(b -> "(依据:" + b.citation() + ")").orElse(""));
    }
    for (Question q : d.nextQuestions()) {
      out.printf("  请问:%s%n", q.question());
    }
    d.scenarios().forEach(s -> out.printf("办理情形:%s%n", s.name()));
    out.println("材料:");
    for (MaterialDecision m : d.materials()) {
      String how = switch (m.status()) {
        case EXEMPT -> "免提交,由" + m.exemptSource().orElseThrow() + "提供";
        case DEFERRABLE -> "可容缺,最迟 " + m.deferUntil().orElseThrow() + " 补交";
        case REQUIRED -> "须提交 " + m.form().label() + " " + m.copies() + " 份";
      };
      out.printf("  %s:%s%s%n", m.name(), how, m.condition().map(c -> "(" + c.zh() + ")").orElse(""));
    }
    Acceptance a = d.acceptance();
    out.printf("受理:%s%s%s%n", a.outcome().label(), a.mode().map(m -> "," + m.label()).orElse(""),
        a.point().map(p -> "(" + p.name() + ")").orElse(""));
    out.printf("  %s%n", a.explanation().zh());
    a.authority().ifPresent(x -> out.printf("  办理机关:%s%n", x));
    a.alternatives().forEach(p -> out.printf("  可前往:%s%n", p.name()));
    out.printf("时限:承诺 %d 个工作日,%s 前办结(法定 %d 个工作日,%s)%n", d.timing().promisedDays(), d.timing().promisedDue(),
        d.timing().statutoryDays(), d.timing().statutoryDue());
    out.printf("收费:%s;跑动次数:%d;%s%n", d.fee().isFree() ? "免费" : d.fee().amount() + " 元", d.trips(), d.onlineLevel().label());
  }
}
