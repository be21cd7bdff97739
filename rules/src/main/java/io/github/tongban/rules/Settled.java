package io.github.tongban.rules;

import io.github.tongban.core.condition.Value;
import io.github.tongban.core.internal.logic.Formula;
import io.github.tongban.core.internal.logic.ItemLogic;
import io.github.tongban.core.internal.logic.Settlement;
import io.github.tongban.core.internal.logic.Tri;
import io.github.tongban.core.internal.logic.Var;
import io.github.tongban.core.model.Catalogue;
import io.github.tongban.rules.internal.ItemProgram;
import io.github.tongban.rules.internal.Node;
import io.github.tongban.rules.internal.Truths;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What one application settles of its item version: the truths the rules reached and, for what
 * they leave open, the settlement over every answer still possible (see docs/decisions.md,
 * "three-valued logic"). Shared by the assemblers of one decision.
 *
 * @param program the item version's compiled trees
 * @param logic the item version's logic with the parameter values in force on the application date
 * @param facts the application's typed facts
 * @param truths the truths the rules reached
 * @param known the facts as an assignment of the settlement
 */
record Settled(ItemProgram program, ItemLogic logic, Map<String, Value> facts, Truths truths, Settlement.Assignment known) {
  Settled(ItemProgram program, ItemLogic logic, Map<String, Value> facts, Truths truths) {
    this(program, logic, facts, truths, Settlement.Assignment.ofFacts(facts));
  }

  Settlement settlement() {
    return logic.settlement();
  }

  /** A node's truth: the rules' when they settle it, else the settlement's. */
  Tri of(Node node) {
    Tri t = truths.of(node);
    if (t.settled()) {
      return t;
    }
    return node.source().flatMap(logic::formula).map(f -> settlement().settle(f, known)).orElse(Tri.OPEN);
  }

  /** A formula of the item's logic, settled. */
  Tri of(Formula f) {
    return settlement().settle(f, known);
  }

  /** The status: what the rules settled, or else what the settlement finds over every open answer. */
  Status status() {
    Tri rulesSay = truths.of(program.eligibility());
    Tri eligible = rulesSay.settled() ? rulesSay : of(logic.eligibility());
    return eligible == Tri.TRUE ? Status.ELIGIBLE : eligible == Tri.FALSE ? Status.INELIGIBLE : Status.NEEDS_INFO;
  }

  /** The screening answer: the status and the questions that can change it. */
  Eligibility eligibility(Catalogue catalogue) {
    Status status = status();
    return new Eligibility(program.item().code(), program.item().version(), status, new Questions(catalogue, this).next(status));
  }

  /** The open facts whose answer can change {@code f}, in the order the item first reads them. */
  List<String> relevant(Formula f) {
    Set<String> relevant = new LinkedHashSet<>();
    for (Var v : settlement().relevant(f, known)) {
      relevant.add(v.fact());
    }
    return settlement().space().facts().stream().filter(relevant::contains).toList();
  }
}
