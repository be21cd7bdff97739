package io.github.tongban.present;

import io.github.tongban.core.model.Catalogue;
import io.github.tongban.core.model.LegalBasis;
import io.github.tongban.rules.Acceptance;
import io.github.tongban.rules.Decision;
import io.github.tongban.rules.MaterialDecision;
import io.github.tongban.rules.Question;
import io.github.tongban.rules.Reason;
import io.github.tongban.rules.Timing;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The notice a window hands an applicant for a decision, one document for every front end, whose
 * kind follows the verdict: a one-time notice with the full checklist only for an application
 * that is eligible and may be accepted where it is handed in; a refusal with the reasons for one
 * that is not eligible; the questions still open for one that needs information; where to apply
 * instead for one that is eligible but may not be accepted there. Only the one-time notice
 * promises a due date. Every notice carries the item and its version, the catalogue version, the
 * dates, the service point, the deciding authority when known, the legal basis, the
 * calendar-unknown warning when it applies, and signature lines.
 */
public final class Notices {
  private Notices() {}

  /** The kinds of notice. */
  public enum Kind {
    /** 一次性告知书: eligible, and this service point (or the online channel) may accept it. */
    ONE_TIME,
    /** 不予受理告知书: not eligible. */
    REFUSAL,
    /** 补充信息告知书: eligibility depends on facts not yet known. */
    INFORMATION_NEEDED,
    /** 办理地点告知书: eligible, but this service point may not accept it, or it is not known yet whether it may. */
    REFERRAL
  }

  /**
   * What a notice says beyond the decision.
   *
   * @param issuedOn the date of the notice
   * @param clerk the name of the clerk who signs it, when known (otherwise a blank line)
   * @param applicant the name of the applicant, when known (otherwise a blank line)
   */
  public record Context(LocalDate issuedOn, Optional<String> clerk, Optional<String> applicant) {
    public Context {
      Objects.requireNonNull(issuedOn, "issuedOn");
      Objects.requireNonNull(clerk, "clerk");
      Objects.requireNonNull(applicant, "applicant");
    }

    /** A notice issued on the application date of {@code d}, with blank signature lines. */
    public static Context of(Decision d) {
      return new Context(d.timing().applicationDate(), Optional.empty(), Optional.empty());
    }
  }

  /** The kind of notice decision {@code d} calls for. */
  public static Kind kind(Decision d) {
    return switch (d.status()) {
      case INELIGIBLE -> Kind.REFUSAL;
      case NEEDS_INFO -> Kind.INFORMATION_NEEDED;
      case ELIGIBLE -> d.acceptance().outcome() == Acceptance.Outcome.ACCEPTED ? Kind.ONE_TIME : Kind.REFERRAL;
    };
  }

  /** The notice for decision {@code d} in Chinese. */
  public static Doc notice(Catalogue catalogue, Decision d) {
    return notice(catalogue, d, Language.ZH);
  }

  /** The notice for decision {@code d} in {@code language}, issued on the application date. */
  public static Doc notice(Catalogue catalogue, Decision d, Language language) {
    return notice(catalogue, d, language, Context.of(d));
  }

  /** The notice for decision {@code d}, made on {@code catalogue}, in {@code language}. */
  public static Doc notice(Catalogue catalogue, Decision d, Language language, Context context) {
    DecisionWords w = new DecisionWords(catalogue, d, language);
    Kind kind = kind(d);
    Doc doc = new Doc(w.t("notice.title", w.t("notice.title." + kind.name()), d.itemName()));
    header(doc, w, d, context);
    switch (kind) {
      case ONE_TIME -> {
        conclusion(doc, w, d);
        scenarios(doc, w, d);
        materials(doc, w, d, true);
        followUps(doc, w, d);
        acceptance(doc, w, d.acceptance());
        timing(doc, w, d.timing());
        fee(doc, w, d);
      }
      case REFUSAL -> refusal(doc, w, d);
      case INFORMATION_NEEDED -> informationNeeded(doc, w, d);
      case REFERRAL -> {
        conclusion(doc, w, d);
        referral(doc, w, d);
        followUps(doc, w, d);
        scenarios(doc, w, d);
        materials(doc, w, d, false);
        fee(doc, w, d);
      }
    }
    basis(doc, w);
    signatures(doc, w, context);
    return doc.footer(Guides.footer(catalogue, language));
  }

  private static void header(Doc doc, DecisionWords w, Decision d, Context context) {
    List<String> fields = new ArrayList<>(List.of(w.t("notice.field.item", d.item(), d.itemName(), d.itemVersion()),
        w.t("notice.field.catalogue", d.catalogueVersion()), w.t("notice.field.applied", d.timing().applicationDate().toString()),
        w.t("notice.field.issued", context.issuedOn().toString()), w.t("notice.field.point", w.point(d.acceptance().point()))));
    d.acceptance().authority().ifPresent(a -> fields.add(w.t("notice.field.authority", a)));
    doc.bullets(fields.stream().map(f -> List.of(Doc.Span.plain(f))).toList());
    if (!d.timing().calendarKnown()) {
      doc.para(new Doc.Span(w.t("notice.calendar"), Doc.Style.STRONG));
    }
  }

  private static List<Doc.Span> reason(DecisionWords w, Reason r) {
    return List.of(Doc.Span.plain(w.reason(r)), new Doc.Span(r.basis().map(b -> w.t("notice.basis", b.citation())).orElse(""), Doc.Style.MUTED));
  }

  private static List<List<Doc.Span>> reasons(DecisionWords w, Decision d, Reason.Kind kind) {
    return d.reasons().stream().filter(r -> r.kind() == kind).map(r -> reason(w, r)).toList();
  }

  private static void conclusion(Doc doc, DecisionWords w, Decision d) {
    doc.heading(1, w.t("notice.heading.conclusion"));
    doc.para(new Doc.Span(w.label("status", d.status()), Doc.Style.STRONG));
    doc.bullets(reasons(w, d, Reason.Kind.MET));
  }

  private static void refusal(Doc doc, DecisionWords w, Decision d) {
    doc.heading(1, w.t("notice.heading.refusal"));
    doc.para(w.t("notice.refusal.intro"));
    doc.bullets(reasons(w, d, Reason.Kind.FAILED));
    doc.para(w.t("notice.refusal.again"));
    doc.para(w.t("notice.refusal.rights"));
  }

  private static void informationNeeded(Doc doc, DecisionWords w, Decision d) {
    doc.heading(1, w.t("notice.heading.questions"));
    doc.para(w.t("notice.questions.intro"));
    doc.bullets(d.nextQuestions().stream().map(q -> question(w, q)).toList());
    List<List<Doc.Span>> open = reasons(w, d, Reason.Kind.UNKNOWN);
    if (!open.isEmpty()) {
      doc.heading(1, w.t("notice.heading.open"));
      doc.bullets(open);
    }
    doc.para(new Doc.Span(w.t("notice.questions.later"), Doc.Style.MUTED));
  }

  private static List<Doc.Span> question(DecisionWords w, Question q) {
    String hint = !q.allowedValues().isEmpty() ? w.t("notice.questions.choices", String.join(" / ", q.allowedValues()))
        : q.unit().map(u -> w.t("notice.questions.unit", u)).orElse("");
    return List.of(Doc.Span.plain(q.question()), new Doc.Span(hint, Doc.Style.MUTED));
  }

  private static void followUps(Doc doc, DecisionWords w, Decision d) {
    if (!d.followUpQuestions().isEmpty()) {
      doc.heading(1, w.t("notice.heading.followUps"));
      doc.bullets(d.followUpQuestions().stream().map(q -> question(w, q)).toList());
    }
  }

  private static void referral(Doc doc, DecisionWords w, Decision d) {
    Acceptance a = d.acceptance();
    doc.heading(1, w.t("notice.heading.where"));
    String explanation = a.explanation().in(w.language().locale());
    doc.para(w.t(a.outcome() == Acceptance.Outcome.REFUSED ? "notice.referral.refused" : "notice.referral.undetermined", explanation));
    List<List<Doc.Span>> places = new ArrayList<>();
    a.alternatives().forEach(p -> places.add(List.of(Doc.Span.plain(w.t("notice.referral.point", p.name(), p.regionName(), p.region())))));
    if (a.onlineAlternative()) {
      places.add(List.of(Doc.Span.plain(w.t("notice.referral.online"))));
    }
    if (places.isEmpty()) {
      doc.para(w.t("notice.referral.none"));
    }
    doc.bullets(places);
  }

  private static void scenarios(Doc doc, DecisionWords w, Decision d) {
    if (!d.scenarios().isEmpty()) {
      doc.heading(1, w.t("notice.heading.scenarios"));
      doc.para(w.join(d.scenarios().stream().map(w::scenario).toList()));
    }
  }

  /** The checklist; {@code dated} when the application is accepted here, so deferrals have their last day. */
  private static void materials(Doc doc, DecisionWords w, Decision d, boolean dated) {
    doc.heading(1, w.t("notice.heading.materials"));
    if (d.materials().isEmpty()) {
      doc.para(new Doc.Span(w.t("notice.materials.none"), Doc.Style.MUTED));
      return;
    }
    if (!dated) {
      doc.para(new Doc.Span(w.t("notice.referral.materials"), Doc.Style.MUTED));
    }
    List<List<List<Doc.Span>>> rows = new ArrayList<>();
    for (MaterialDecision m : d.materials()) {
      String how = switch (m.status()) {
        case EXEMPT -> w.t("notice.exempt", m.exemptSource().orElseThrow());
        case DEFERRABLE -> w.deferral("notice.material", m, dated).orElseThrow();
        case REQUIRED -> w.deferral("notice.material", m, dated).orElseGet(() -> w.t(m.essential() ? "notice.required.essential" : "notice.required"));
      };
      boolean exempt = m.status() == MaterialDecision.Status.EXEMPT;
      rows.add(List.of(List.of(new Doc.Span(m.name(), exempt ? Doc.Style.STRIKE : Doc.Style.PLAIN)),
          List.of(Doc.Span.plain(w.t("notice.form", Labels.of(m.form(), w.language()), m.copies()))),
          List.of(new Doc.Span(how, m.status() == MaterialDecision.Status.REQUIRED ? Doc.Style.STRONG : Doc.Style.PLAIN)),
          List.of(Doc.Span.plain(notes(w, m)))));
    }
    doc.table(List.of(w.t("notice.column.material"), w.t("notice.column.form"), w.t("notice.column.requirement"), w.t("notice.column.notes")), rows);
    d.deferralExclusion().ifPresent(x -> doc.para(
        new Doc.Span(w.t(x.applies() ? "notice.exclusion.applies" : "notice.exclusion.open", w.reason(x.condition())),
            x.applies() ? Doc.Style.STRONG : Doc.Style.PLAIN),
        new Doc.Span(w.basis("notice.basis", x.condition().basis()), Doc.Style.MUTED)));
  }

  /** When a conditional material is needed, then the catalogue's notes on it. */
  private static String notes(DecisionWords w, MaterialDecision m) {
    List<String> parts = new ArrayList<>();
    w.materialCondition(m).ifPresent(c -> parts.add(w.t("notice.needed.when", c)));
    m.notes().ifPresent(parts::add);
    return String.join(w.language().pick("", " "), parts);
  }

  private static void acceptance(Doc doc, DecisionWords w, Acceptance a) {
    doc.heading(1, w.t("notice.heading.acceptance"));
    doc.para(new Doc.Span(w.t("notice.accepted", w.label("outcome", a.outcome()), w.label("mode", a.mode().orElseThrow()), w.point(a.point())),
        Doc.Style.STRONG));
    doc.para(a.explanation().in(w.language().locale()));
    if (!a.delivery().isEmpty()) {
      doc.para(w.t("notice.delivery", w.join(a.delivery().stream().map(m -> Labels.of(m, w.language())).toList())));
    }
  }

  private static void timing(Doc doc, DecisionWords w, Timing t) {
    doc.heading(1, w.t("notice.heading.timing"));
    if (t.acceptedOnNonWorkingDay()) {
      doc.para(w.t("notice.nonWorkingDay", t.applicationDate().toString(), t.acceptedOn().toString()));
    }
    doc.para(t.instant() ? w.t("notice.instant", t.promisedDue().toString())
        : w.t("notice.timing", t.promisedDays(), t.promisedDue().toString(), t.statutoryDays(), t.statutoryDue().toString()));
    if (!t.specialProcedures().isEmpty()) {
      doc.bullets(t.specialProcedures().stream().map(p -> List.of(
          Doc.Span.plain(w.t(p.movesDueDates() ? "notice.procedure.excluded" : "notice.procedure.counted", w.procedure(p), p.maxDays(),
              Labels.of(p.unit(), w.language()))),
          new Doc.Span(w.basis("notice.basis", p.basis()), Doc.Style.MUTED))).toList());
    }
    t.latestStatutoryDue().ifPresent(latest -> doc.para(new Doc.Span(
        w.t("notice.latest", t.latestPromisedDue().orElseThrow().toString(), latest.toString()), Doc.Style.STRONG)));
    List<String> excluded = w.item().timeLimit().excludedSteps();
    if (!excluded.isEmpty()) {
      doc.para(w.t("notice.excluded", w.join(excluded)));
    }
  }

  private static void fee(Doc doc, DecisionWords w, Decision d) {
    doc.heading(1, w.t("notice.heading.fee"));
    if (d.fee().isFree()) {
      doc.para(w.t("notice.fee.free"));
    } else {
      String basis = d.fee().basis().flatMap(w.item()::legalBasis).map(b -> w.t("notice.fee.basis", b.citation())).orElse("");
      doc.para(Doc.Span.plain(w.t("notice.fee.amount", d.fee().amount().toPlainString()) + basis),
          new Doc.Span(d.fee().notes().map(n -> " " + n).orElse(""), Doc.Style.MUTED));
    }
    doc.para(w.t("notice.trips", d.trips(), Labels.of(d.onlineLevel(), w.language())));
  }

  private static void basis(Doc doc, DecisionWords w) {
    List<LegalBasis> bases = w.item().legalBases();
    if (!bases.isEmpty()) {
      doc.heading(1, w.t("notice.heading.basis"));
      doc.bullets(bases.stream().map(b -> List.of(Doc.Span.plain(b.citation()))).toList());
    }
  }

  private static void signatures(Doc doc, DecisionWords w, Context context) {
    String blank = w.t("notice.sign.blank");
    String date = w.t("notice.sign.date");
    doc.heading(1, w.t("notice.heading.signatures"));
    doc.para(w.t("notice.sign.clerk", context.clerk().orElse(blank), date));
    doc.para(w.t("notice.sign.applicant", context.applicant().orElse(blank), date));
  }
}
