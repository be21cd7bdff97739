package io.github.tongban.rules;

import io.github.tongban.core.LocalizedText;
import io.github.tongban.core.internal.logic.Formula;
import io.github.tongban.core.internal.logic.Tri;
import io.github.tongban.core.model.Material;
import io.github.tongban.core.model.Scenario;
import io.github.tongban.core.model.ServiceItem;
import io.github.tongban.core.model.WorkingCalendar;
import io.github.tongban.core.wording.ConditionWording;
import io.github.tongban.rules.internal.MaterialPolicy;
import io.github.tongban.rules.internal.Node;
import io.github.tongban.rules.internal.Truths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The material list of a decision: which materials are needed, and how each is settled. */
final class Materials {
  private Materials() {}

  /**
   * The materials the applying scenarios list, each once: needed outright when a scenario that
   * lists it applies and its {@code requiredWhen} (if any) holds; conditionally while either is
   * still open (a missing {@code when} or {@code requiredWhen} holds). From the rules' truths.
   */
  static List<MaterialPolicy.Need> needs(Settled settled) {
    ServiceItem item = settled.program().item();
    Truths truths = settled.truths();
    Map<String, Boolean> conditional = new LinkedHashMap<>();
    for (Scenario s : item.scenarios()) {
      Node selector = settled.program().selectors().get(s.id());
      Tri applies = selector == null ? Tri.TRUE : truths.of(selector);
      for (String id : s.materials()) {
        Node requiredWhen = settled.program().requiredWhen().get(id);
        Tri required = requiredWhen == null ? Tri.TRUE : truths.of(requiredWhen);
        boolean outright = applies == Tri.TRUE && required == Tri.TRUE;
        boolean maybe = applies == Tri.TRUE && required == Tri.OPEN || applies == Tri.OPEN && required != Tri.FALSE;
        if (outright || maybe) {
          conditional.merge(id, !outright, (a, b) -> a && b);
        }
      }
    }
    List<MaterialPolicy.Need> out = new ArrayList<>();
    conditional.forEach((id, c) -> out.add(new MaterialPolicy.Need(item.material(id).orElseThrow(), c)));
    return out;
  }

  /**
   * The material list, the formulas of what is still open about it (whose answers the follow-up
   * questions ask for: open materials, and an open deferral exclusion that some deferral depends
   * on), and the deferral exclusion when it takes a deferral away or may.
   */
  record Listed(List<MaterialDecision> decisions, List<Formula> open, Optional<DeferralExclusion> exclusion) {}

  /**
   * The materials the policy decided on, in the item's order, each settled: needed outright, not
   * needed (dropped), or conditional with its condition in words; exempt, deferrable (容缺后补 or
   * 信用后补; conditionally while the deferral exclusion is open) or required (also when the
   * exclusion holds for a material that could otherwise be deferred). {@code excluded} is the
   * exclusion's truth, as the policy had it.
   */
  static Listed of(Settled settled, Reasons words, List<MaterialPolicy.Verdict> verdicts, Tri excluded, WorkingCalendar calendar,
      Timing timing) {
    List<Formula> openParts = new ArrayList<>();
    ServiceItem item = settled.program().item();
    Map<String, MaterialPolicy.Verdict> byId = new LinkedHashMap<>();
    verdicts.forEach(v -> byId.put(v.need().material().id(), v));
    Optional<LocalizedText> unless = excluded == Tri.OPEN
        ? Optional.of(Texts.of("deferral.unless", words.wording(item.deferralExcludedWhen().orElseThrow())))
        : Optional.empty();
    List<MaterialDecision> out = new ArrayList<>();
    List<String> lost = new ArrayList<>();
    for (Material m : item.materials()) {
      MaterialPolicy.Verdict v = byId.get(m.id());
      if (v == null) {
        continue;
      }
      Optional<LocalizedText> condition = Optional.empty();
      if (v.need().conditional()) {
        Formula need = settled.logic().needs().get(m.id());
        Tri t = settled.of(need);
        if (t == Tri.FALSE) {
          continue;
        }
        if (t == Tri.OPEN) {
          condition = Optional.of(condition(settled, m, words));
          openParts.add(need);
        }
      }
      MaterialDecision.Status status = switch (v.treatment()) {
        case REQUIRED, DEFERRAL_EXCLUDED -> MaterialDecision.Status.REQUIRED;
        case EXEMPT -> MaterialDecision.Status.EXEMPT;
        case DEFERRABLE, DEFERRABLE_UNLESS_EXCLUDED -> MaterialDecision.Status.DEFERRABLE;
      };
      boolean deferrable = status == MaterialDecision.Status.DEFERRABLE;
      boolean conditionally = v.treatment() == MaterialPolicy.Treatment.DEFERRABLE_UNLESS_EXCLUDED;
      if (conditionally || v.treatment() == MaterialPolicy.Treatment.DEFERRAL_EXCLUDED) {
        lost.add(m.id());
      }
      out.add(new MaterialDecision(m.id(), m.name(), m.form(), m.copies(), status,
          status == MaterialDecision.Status.EXEMPT ? m.source().provider() : Optional.empty(),
          deferrable ? Optional.of(Timings.deferUntil(calendar, timing)) : Optional.empty(),
          deferrable ? Optional.of(kind(m)) : Optional.empty(), conditionally ? unless : Optional.empty(),
          v.treatment() == MaterialPolicy.Treatment.DEFERRAL_EXCLUDED, m.essential(), condition.isPresent(), condition, m.notes()));
    }
    Optional<DeferralExclusion> exclusion = Optional.empty();
    if (!lost.isEmpty()) {
      Node tree = settled.program().deferralExcludedWhen().orElseThrow();
      boolean applies = excluded == Tri.TRUE;
      exclusion = Optional.of(new DeferralExclusion(applies, words.whole(tree, applies ? Reason.Kind.MET : Reason.Kind.UNKNOWN), lost));
      if (!applies) {
        openParts.add(settled.logic().deferralExcluded());
      }
    }
    return new Listed(out, openParts, exclusion);
  }

  /** How a deferrable material may follow later: 容缺后补 when the item says so, else 信用后补. */
  private static MaterialDecision.Deferral kind(Material m) {
    return m.deferrable() ? MaterialDecision.Deferral.CONDITIONAL_ACCEPTANCE : MaterialDecision.Deferral.CREDIT_COMMITMENT;
  }

  /** Whether the applicant is excluded from deferral: true, false (also when the item has no exclusion), or still open. */
  static Tri excluded(Settled settled) {
    return settled.program().deferralExcludedWhen().map(settled::of).orElse(Tri.FALSE);
  }

  /** When an open material is needed, in words: the open scenarios that list it, and its own open requiredWhen. */
  private static LocalizedText condition(Settled settled, Material m, Reasons words) {
    ServiceItem item = settled.program().item();
    List<LocalizedText> parts = new ArrayList<>();
    boolean viaOpenScenario = item.scenarios().stream().filter(s -> s.materials().contains(m.id()))
        .noneMatch(s -> settled.of(settled.logic().selectors().get(s.id())) == Tri.TRUE);
    if (viaOpenScenario) {
      List<LocalizedText> names = new ArrayList<>();
      for (Scenario s : item.scenarios()) {
        if (s.materials().contains(m.id()) && settled.of(settled.logic().selectors().get(s.id())) == Tri.OPEN) {
          names.add(words.wording(s.when().orElseThrow()));
        }
      }
      parts.add(ConditionWording.either(names));
    }
    if (m.requiredWhen().isPresent() && settled.of(settled.logic().formula(m.requiredWhen().get()).orElseThrow()) == Tri.OPEN) {
      parts.add(words.wording(m.requiredWhen().get()));
    }
    return ConditionWording.ifSo(ConditionWording.allOf(parts));
  }
}
