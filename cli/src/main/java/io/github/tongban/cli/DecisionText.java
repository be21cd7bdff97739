package io.github.tongban.cli;

import io.github.tongban.rules.Acceptance;
import io.github.tongban.rules.Decision;
import io.github.tongban.rules.MaterialDecision;
import io.github.tongban.rules.Question;
import io.github.tongban.rules.Reason;
import io.github.tongban.rules.ServicePointRef;
import java.io.PrintWriter;

/** A decision as readable text, in Chinese or English: everything a window tells the applicant, at once (一次性告知). */
final class DecisionText {
  private DecisionText() {}

  static void print(Decision d, Lang l, PrintWriter out) {
    out.printf("%s %s  [%s %s]%n", d.item(), d.itemName(), l.pick("目录版本", "catalogue"), d.catalogueVersion());
    out.printf("%s%s%n", l.pick("结论:", "Status: "), l.pick(d.status().label(), d.status().name()));
    for (Reason r : d.reasons()) {
      String mark = switch (r.kind()) {
        case FAILED -> l.pick("不符合", "fails");
        case UNKNOWN -> l.pick("待确认", "open");
        case MET -> l.pick("符合", "met");
      };
      out.printf("  - [%s] %s%s%n", mark, r.text().in(l.locale()), r.basis().map(b -> l.pick("(依据:", " (basis: ") + b.citation() + l.pick(")", ")")).orElse(""));
    }
    if (!d.nextQuestions().isEmpty()) {
      out.println(l.pick("还需了解:", "Next questions:"));
      for (Question q : d.nextQuestions()) {
        String choices = q.allowedValues().isEmpty() ? "" : " [" + String.join(" / ", q.allowedValues()) + "]";
        out.printf("  ? %s (%s)%s%n", q.question(), q.fact(), choices);
      }
    }
    if (!d.followUpQuestions().isEmpty()) {
      out.println(l.pick("如能回答,可确定办理情形、材料或受理:", "Answers that would settle the scenario, materials or acceptance:"));
      for (Question q : d.followUpQuestions()) {
        out.printf("  ? %s (%s)%n", q.question(), q.fact());
      }
    }
    if (!d.scenarios().isEmpty()) {
      out.printf("%s%s%n", l.pick("办理情形:", "Scenario: "), String.join(", ", d.scenarios().stream()
          .map(s -> s.name() + s.condition().map(c -> "(" + c.in(l.locale()) + ")").orElse("")).toList()));
    }
    if (!d.materials().isEmpty()) {
      out.println(l.pick("申请材料:", "Materials:"));
      for (MaterialDecision m : d.materials()) {
        String how = switch (m.status()) {
          case EXEMPT -> l.pick("免提交,由 " + m.exemptSource().orElseThrow() + " 提供", "exempt, supplied by " + m.exemptSource().orElseThrow());
          case DEFERRABLE -> l.pick("可容缺,最迟 " + m.deferUntil().orElseThrow() + " 补交", "may follow by " + m.deferUntil().orElseThrow());
          case REQUIRED -> l.pick("须提交" + m.form().label() + " " + m.copies() + " 份", "bring " + m.copies() + " × " + m.form().yamlName());
        };
        out.printf("  %s %s: %s%s%n", m.status() == MaterialDecision.Status.REQUIRED ? "*" : "-", m.name(), how,
            m.condition().map(c -> l.pick("(", " (") + c.in(l.locale()) + l.pick(")", ")")).orElse(""));
      }
    }
    Acceptance a = d.acceptance();
    out.printf("%s%s%s%s%n", l.pick("受理:", "Acceptance: "), l.pick(a.outcome().label(), a.outcome().name()),
        a.mode().map(m -> l.pick(",", ", ") + l.pick(m.label(), m.name())).orElse(""),
        a.point().map(p -> l.pick("(", " (") + p.name() + ")").orElse(l.pick("(网上申请)", " (online)")));
    out.printf("  %s%n", a.explanation().in(l.locale()));
    a.authority().ifPresent(x -> out.printf("  %s%s%n", l.pick("办理机关:", "decided by: "), x));
    if (!a.delivery().isEmpty()) {
      out.printf("  %s%s%n", l.pick("结果送达:", "result: "), String.join(", ", a.delivery().stream().map(m -> l.pick(m.label(), m.yamlName())).toList()));
    }
    for (ServicePointRef p : a.alternatives()) {
      out.printf("  %s%s (%s)%n", l.pick("可前往:", "go to: "), p.name(), p.region());
    }
    if (a.outcome() != Acceptance.Outcome.ACCEPTED && a.onlineAlternative()) {
      out.printf("  %s%n", l.pick("也可网上申请(全程网办)。", "Or apply fully online."));
    }
    var t = d.timing();
    if (t.acceptedOnNonWorkingDay()) {
      out.printf(l.pick("  %s 不是工作日,按 %s 受理起算。%n", "  %s is not a working day: counted as accepted on %s.%n"), t.applicationDate(), t.acceptedOn());
    }
    if (t.instant()) {
      out.printf("%s%s%n", l.pick("时限:即办件,当场办结 ", "Time: instant item, decided on the spot "), t.promisedDue());
    } else {
      out.printf(l.pick("时限:承诺 %d 个工作日,%s 前办结(法定 %d 个工作日,%s)%n", "Time: promised %d working days, by %s (statutory %d, by %s)%n"),
          t.promisedDays(), t.promisedDue(), t.statutoryDays(), t.statutoryDue());
    }
    if (!t.calendarKnown()) {
      out.println(l.pick("  注意:日历未包含该年份的节假日,日期按周末计算。", "  Note: the calendar lacks that year's holidays; only weekends were skipped."));
    }
    out.printf(l.pick("收费:%s;跑动次数:%d;%s%n", "Fee: %s; trips: %d; %s%n"),
        d.fee().isFree() ? l.pick("免费", "free") : d.fee().amount().toPlainString() + l.pick(" 元", " yuan"), d.trips(),
        l.pick(d.onlineLevel().label(), d.onlineLevel().yamlName()));
  }
}
