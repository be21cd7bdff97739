package io.github.tongban.rules;

import io.github.tongban.core.internal.logic.Formula;
import io.github.tongban.core.model.Catalogue;
import io.github.tongban.core.model.FactDefinition;
import io.github.tongban.rules.internal.AcceptancePolicy;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The questions of a decision (see docs/decisions.md, "Questions"): the next questions, whose
 * answer can change the status; then the follow-ups, whose answer settles an open scenario or
 * material or where the application may be handed in. Each fact is asked once, in the order the
 * item first reads it.
 */
final class Questions {
  private final Catalogue catalogue;
  private final Settled settled;
  private final Set<String> asked = new LinkedHashSet<>();

  Questions(Catalogue catalogue, Settled settled) {
    this.catalogue = catalogue;
    this.settled = settled;
  }

  /** The open facts whose answer can change the status: none unless it needs information. */
  List<Question> next(Status status) {
    List<Question> out = new ArrayList<>();
    if (status == Status.NEEDS_INFO) {
      settled.relevant(settled.logic().eligibility()).forEach(f -> ask(f, out));
    }
    return out;
  }

  /**
   * Unless ineligible: the open facts that settle {@code openParts} (open scenarios and
   * materials), then the household, or then a residence that counts, while acceptance waits for it.
   */
  List<Question> followUps(Status status, List<Formula> openParts, Acceptance acceptance) {
    List<Question> out = new ArrayList<>();
    if (status == Status.INELIGIBLE) {
      return out;
    }
    Set<String> refine = new LinkedHashSet<>();
    openParts.forEach(f -> refine.addAll(settled.relevant(f)));
    settled.settlement().space().facts().stream().filter(refine::contains).forEach(f -> ask(f, out));
    if (acceptance.outcome() == Acceptance.Outcome.UNDETERMINED) {
      ask(settled.facts().containsKey(AcceptancePolicy.HOUSEHOLD) ? AcceptancePolicy.RESIDENCE : AcceptancePolicy.HOUSEHOLD, out);
    }
    return out;
  }

  private void ask(String fact, List<Question> out) {
    if (!settled.facts().containsKey(fact) && asked.add(fact)) {
      catalogue.fact(fact).ifPresent(def -> out.add(question(def)));
    }
  }

  private static Question question(FactDefinition def) {
    return new Question(def.id(), def.label(), def.question(), def.type(), def.allowedValues(), def.unit());
  }
}
