package io.github.tongban.present;

import io.github.tongban.core.model.Catalogue;
import io.github.tongban.rules.Acceptance;
import io.github.tongban.rules.Decision;
import io.github.tongban.rules.MaterialDecision;
import io.github.tongban.rules.Question;
import io.github.tongban.rules.Reason;
import io.github.tongban.rules.ServicePointRef;
import io.github.tongban.rules.SpecialProcedureTime;
import io.github.tongban.rules.Timing;
import java.util.ArrayList;
import java.util.List;

/**
 * A decision as terminal text, in Chinese or English: everything a window tells the applicant at
 * once (一次性告知), one line per fact. Every line is neutralised with {@link SafeText#line}, so
 * catalogue text can neither start a line of its own nor reach the terminal as a control.
 */
public final class DecisionText {
  private DecisionText() {}

  /** The lines of decision {@code d}, made on {@code catalogue}, in {@code language}. */
  public static List<String> lines(Catalogue catalogue, Decision d, Language language) {
    DecisionWords w = new DecisionWords(catalogue, d, language);
    List<String> out = new ArrayList<>();
    out.add(w.t("text.header", d.item(), d.itemName(), d.itemVersion(), d.catalogueVersion()));
    out.add(w.t("text.status", w.label("status", d.status())));
    for (Reason r : d.reasons()) {
      out.add(w.t("text.reason", w.label("reason", r.kind()), w.reason(r)) + r.basis().map(b -> w.t("text.basis", b.citation())).orElse(""));
    }
    if (!d.nextQuestions().isEmpty()) {
      out.add(w.t("text.next"));
      for (Question q : d.nextQuestions()) {
        String choices = q.allowedValues().isEmpty() ? "" : " [" + String.join(" / ", q.allowedValues()) + "]";
        out.add("  ? " + q.question() + " (" + q.fact() + ")" + choices);
      }
    }
    if (!d.followUpQuestions().isEmpty()) {
      out.add(w.t("text.followUps"));
      d.followUpQuestions().forEach(q -> out.add("  ? " + q.question() + " (" + q.fact() + ")"));
    }
    if (!d.scenarios().isEmpty()) {
      out.add(w.t("text.scenarios", w.join(d.scenarios().stream().map(w::scenario).toList())));
    }
    if (!d.materials().isEmpty()) {
      out.add(w.t("text.materials"));
      for (MaterialDecision m : d.materials()) {
        String how = switch (m.status()) {
          case EXEMPT -> w.t("text.material.EXEMPT", m.exemptSource().orElseThrow());
          case DEFERRABLE -> w.deferral("text.material", m, true).orElseThrow();
          case REQUIRED -> w.t("text.material.REQUIRED", m.copies(), Labels.of(m.form(), w.language()))
              + w.deferral("text.material", m, true).orElse("");
        };
        out.add("  " + (m.status() == MaterialDecision.Status.REQUIRED ? "*" : "-") + " " + m.name() + ": " + how
            + w.materialCondition(m).map(c -> w.t("text.material.condition", c)).orElse(""));
      }
      d.deferralExclusion().ifPresent(x -> out.add(w.t(x.applies() ? "text.exclusion.applies" : "text.exclusion.open", w.reason(x.condition()))
          + w.basis("text.basis", x.condition().basis())));
    }
    acceptance(w, d.acceptance(), out);
    timing(w, d.timing(), out);
    String fee = d.fee().isFree() ? w.t("text.fee.free") : w.t("text.fee.amount", d.fee().amount().toPlainString());
    out.add(w.t("text.footer", fee, d.trips(), Labels.of(d.onlineLevel(), w.language())));
    return out.stream().map(SafeText::line).toList();
  }

  /** The decision as one text, a line break after each line. */
  public static String of(Catalogue catalogue, Decision d, Language language) {
    StringBuilder out = new StringBuilder();
    lines(catalogue, d, language).forEach(l -> out.append(l).append('\n'));
    return out.toString();
  }

  private static void acceptance(DecisionWords w, Acceptance a, List<String> out) {
    out.add(w.t("text.acceptance", w.label("outcome", a.outcome()), a.mode().map(m -> w.t("text.mode", w.label("mode", m))).orElse(""),
        a.point().map(ServicePointRef::name).orElseGet(() -> w.t("point.online"))));
    out.add("  " + a.explanation().in(w.language().locale()));
    a.authority().ifPresent(x -> out.add(w.t("text.authority", x)));
    if (!a.delivery().isEmpty()) {
      out.add(w.t("text.delivery", w.join(a.delivery().stream().map(m -> Labels.of(m, w.language())).toList())));
    }
    a.alternatives().forEach(p -> out.add(w.t("text.alternative", p.name(), p.region())));
    if (a.outcome() != Acceptance.Outcome.ACCEPTED && a.onlineAlternative()) {
      out.add(w.t("text.online"));
    }
  }

  private static void timing(DecisionWords w, Timing t, List<String> out) {
    if (t.acceptedOnNonWorkingDay()) {
      out.add(w.t("text.nonWorkingDay", t.applicationDate().toString(), t.acceptedOn().toString()));
    }
    out.add(t.instant() ? w.t("text.instant", t.promisedDue().toString())
        : w.t("text.timing", t.promisedDays(), t.promisedDue().toString(), t.statutoryDays(), t.statutoryDue().toString()));
    for (SpecialProcedureTime p : t.specialProcedures()) {
      out.add(w.t(p.movesDueDates() ? "text.procedure.excluded" : "text.procedure.counted", w.procedure(p), p.maxDays(),
          Labels.of(p.unit(), w.language()), w.basis("text.basis", p.basis())));
    }
    t.latestStatutoryDue().ifPresent(latest -> out.add(w.t("text.latest", t.latestPromisedDue().orElseThrow().toString(), latest.toString())));
    if (!t.calendarKnown()) {
      out.add(w.t("text.calendar"));
    }
  }
}
