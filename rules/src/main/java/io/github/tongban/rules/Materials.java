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
   * The material list, and the formulas of the materials still open (whose answers the follow-up
   * questions ask for).
   */
  record Listed(List<MaterialDecision> decisions, List<Formula> open) {}

  /**
   * The materials the policy decided on, in the item's order, each settled: needed outright, not
   * needed (dropped), or conditional with its condition in words; exempt, deferrable or required.
   */
  static Listed of(Settled settled, Reasons words, List<MaterialPolicy.Verdict> verdicts, WorkingCalendar calendar, Timing timing) {
    List<Formula> openParts = new ArrayList<>();
    ServiceItem item = settled.program().item();
    Map<String, MaterialPolicy.Verdict> byId = new LinkedHashMap<>();
    verdicts.forEach(v -> byId.put(v.need().material().id(), v));
    List<MaterialDecision> out = new ArrayList<>();
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
        case REQUIRED -> MaterialDecision.Status.REQUIRED;
        case EXEMPT -> MaterialDecision.Status.EXEMPT;
        case DEFERRABLE -> MaterialDecision.Status.DEFERRABLE;
      };
      out.add(new MaterialDecision(m.id(), m.name(), m.form(), m.copies(), status,
          status == MaterialDecision.Status.EXEMPT ? m.source().provider() : Optional.empty(),
          status == MaterialDecision.Status.DEFERRABLE ? Optional.of(Timings.deferUntil(calendar, timing)) : Optional.empty(),
          m.essential(), condition.isPresent(), condition, m.notes()));
    }
    return new Listed(out, openParts);
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
