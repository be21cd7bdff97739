package io.github.tongban.core.internal.logic;

import io.github.tongban.core.condition.Condition;
import io.github.tongban.core.model.Material;
import io.github.tongban.core.model.Scenario;
import io.github.tongban.core.model.ServiceItem;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One item version's conditions as formulas for one date (parameters in force then), with their
 * answer space and settlement: eligibility, each scenario's {@code when}, and each material's need.
 *
 * <p>Eligibility is {@code all(conditions, any(for each scenario: all(when, scenario conditions)))}.
 * A material is needed when {@code all(requiredWhen, any(when of each scenario that lists it))}.
 * The deferral exclusion ({@code deferralExcludedWhen}) is a formula of its own: it decides no
 * eligibility and no need, only whether a material may follow later; its facts come last in the
 * answer space, so the questions keep the order the item's other trees read them in.
 *
 * @param item the item version
 * @param conditions the item's own conditions ({@code true} when it has none)
 * @param scenariosHold whether some scenario applies with its own conditions
 * @param eligibility the whole eligibility formula
 * @param selectors each scenario's {@code when}, by scenario id, in the item's order
 * @param scenarioConditions each scenario's own conditions, by scenario id
 * @param needs each material's need, by material id, in the item's order
 * @param deferralExcluded when the applicant may defer no material ({@code false} when the item does not say)
 * @param index the formula of every catalogue condition node, by identity
 * @param settlement the settlement over the variables all these formulas read
 */
public record ItemLogic(ServiceItem item, Formula conditions, Formula scenariosHold, Formula eligibility,
    Map<String, Formula> selectors, Map<String, Formula> scenarioConditions, Map<String, Formula> needs,
    Formula deferralExcluded, Map<Condition, Formula> index, Settlement settlement) {

  /** Builds the logic of {@code item} on {@code date}. */
  public static ItemLogic of(ServiceItem item, Formulas.Context context, LocalDate date) {
    Map<Condition, Formula> index = new IdentityHashMap<>();
    Formulas build = new Formulas(context, date, index);
    Formula conditions = item.conditions().map(build::of).orElse(new Formula.Const(true));
    Map<String, Formula> selectors = new LinkedHashMap<>();
    Map<String, Formula> scenarioConditions = new LinkedHashMap<>();
    List<Formula> alternatives = new ArrayList<>();
    for (Scenario s : item.scenarios()) {
      Formula when = s.when().map(build::of).orElse(new Formula.Const(true));
      Formula extra = s.conditions().map(build::of).orElse(new Formula.Const(true));
      selectors.put(s.id(), when);
      scenarioConditions.put(s.id(), extra);
      alternatives.add(Formula.and(when, extra));
    }
    Formula scenariosHold = new Formula.Or(alternatives);
    Formula eligibility = Formula.and(conditions, scenariosHold);
    Map<String, Formula> needs = new LinkedHashMap<>();
    for (Material m : item.materials()) {
      Formula requiredWhen = m.requiredWhen().map(build::of).orElse(new Formula.Const(true));
      List<Formula> via = new ArrayList<>();
      for (Scenario s : item.scenarios()) {
        if (s.materials().contains(m.id())) {
          via.add(selectors.get(s.id()));
        }
      }
      needs.put(m.id(), Formula.and(requiredWhen, new Formula.Or(via)));
    }
    Formula deferralExcluded = item.deferralExcludedWhen().map(build::of).orElse(new Formula.Const(false));
    List<Formula> all = new ArrayList<>();
    all.add(eligibility);
    all.addAll(needs.values());
    all.add(deferralExcluded);
    AnswerSpace space = AnswerSpace.of(all, context.facts(), context.regions());
    return new ItemLogic(item, conditions, scenariosHold, eligibility, Collections.unmodifiableMap(selectors),
        Collections.unmodifiableMap(scenarioConditions), Collections.unmodifiableMap(needs), deferralExcluded, Collections.unmodifiableMap(index),
        new Settlement(space, all));
  }

  /** The formula of a catalogue condition node of this item. */
  public Optional<Formula> formula(Condition c) {
    return Optional.ofNullable(index.get(c));
  }
}
