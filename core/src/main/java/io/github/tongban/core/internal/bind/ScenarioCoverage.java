package io.github.tongban.core.internal.bind;

import io.github.tongban.core.LocalizedText;
import io.github.tongban.core.condition.FactType;
import io.github.tongban.core.condition.Value;
import io.github.tongban.core.internal.Problems;
import io.github.tongban.core.internal.logic.AnswerSpace;
import io.github.tongban.core.internal.logic.Formula;
import io.github.tongban.core.internal.logic.Formulas;
import io.github.tongban.core.internal.logic.ItemLogic;
import io.github.tongban.core.internal.logic.Settlement;
import io.github.tongban.core.internal.logic.Tri;
import io.github.tongban.core.internal.logic.Var;
import io.github.tongban.core.internal.yaml.YamlDocument;
import io.github.tongban.core.model.FactDefinition;
import io.github.tongban.core.model.ServiceItem;
import io.github.tongban.core.validation.ProblemCode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Scenario coverage at load (warnings): a scenario that can never apply, and answers for which the
 * item's conditions can hold but no scenario's {@code when} applies. Both are decided exactly over
 * the item's answer classes by the {@link Settlement}, on every date of the item version's validity
 * on which a parameter it uses changes its value.
 *
 * <ul>
 *   <li>{@code scenario.never-applies}: {@code all(item conditions, when, scenario conditions)} is
 *       false for every possible answer on every such date;
 *   <li>{@code scenario.no-scenario-applies}: {@code all(item conditions, not(any(when of every
 *       scenario)))} is not false for some answer on some date (a scenario without {@code when}
 *       always applies, so such an item has no gap). The warning names up to {@value #MAX_WITNESSES}
 *       witnesses: values of the facts the {@code when}s read, leaving out those that do not matter.
 * </ul>
 */
final class ScenarioCoverage {
  /** At most this many combinations of the classes the {@code when}s read are enumerated for witnesses. */
  static final int MAX_COMBINATIONS = 4096;
  /** At most this many witnesses are named. */
  static final int MAX_WITNESSES = 3;
  /** What the gap warning says when there are too many combinations to name witnesses. */
  private static final LocalizedText UNLISTED = new LocalizedText("满足受理条件的部分回答(组合过多,未一一列出)",
      "some answers that meet the item's conditions (too many combinations to list them)");
  /** At most this many dates are examined (parameters change value a few times at most). */
  private static final int MAX_DATES = 1000;

  private final YamlDocument doc;
  private final ServiceItem item;
  private final Formulas.Context context;
  private final Problems problems;

  private ScenarioCoverage(YamlDocument doc, ServiceItem item, Formulas.Context context, Problems problems) {
    this.doc = doc;
    this.item = item;
    this.context = context;
    this.problems = problems;
  }

  /** Checks {@code item}, bound without error from {@code doc}, and reports what it finds to {@code problems}. */
  static void check(YamlDocument doc, ServiceItem item, Formulas.Context context, Problems problems) {
    new ScenarioCoverage(doc, item, context, problems).run();
  }

  /** One witness: the classes fixed for the variables that matter, in the order the {@code when}s read them. */
  private record Witness(List<Map.Entry<Var, Value>> values) {}

  private void run() {
    int n = item.scenarios().size();
    boolean[] applies = new boolean[n];
    boolean[] whenHolds = new boolean[n];
    boolean gap = false;
    boolean unlisted = false;
    Set<Witness> witnesses = new LinkedHashSet<>();
    LocalDate date = item.validity().from();
    for (int round = 0; date != null && round < MAX_DATES; round++) {
      ItemLogic logic = ItemLogic.of(item, context, date);
      Settlement settlement = logic.settlement();
      Settlement.Assignment nothing = Settlement.Assignment.empty();
      List<Formula> selectors = new ArrayList<>(logic.selectors().values());
      List<Formula> extras = new ArrayList<>(logic.scenarioConditions().values());
      for (int i = 0; i < n; i++) {
        if (!whenHolds[i] && settlement.settle(new Formula.And(List.of(logic.conditions(), selectors.get(i))), nothing) != Tri.FALSE) {
          whenHolds[i] = true;
        }
        if (!applies[i] && settlement.settle(new Formula.And(List.of(logic.conditions(), selectors.get(i), extras.get(i))), nothing)
            != Tri.FALSE) {
          applies[i] = true;
        }
      }
      Formula uncovered = new Formula.And(List.of(logic.conditions(), new Formula.Not(new Formula.Or(selectors))));
      if (settlement.settle(uncovered, nothing) != Tri.FALSE) {
        gap = true;
        List<Var> read = variables(selectors);
        if (combinations(settlement.space(), read) > MAX_COMBINATIONS) {
          unlisted = true;
        } else {
          witnesses(settlement, uncovered, new LinkedHashSet<>(read), nothing, List.of(), witnesses);
        }
      }
      date = nextChange(logic, date);
    }
    for (int i = 0; i < n; i++) {
      if (!applies[i]) {
        String pointer = "/scenarios/" + i;
        boolean blameWhen = !whenHolds[i] && item.scenarios().get(i).when().isPresent();
        problems.add(ProblemCode.SCENARIO_NEVER_APPLIES, doc.locate(blameWhen ? pointer + "/when" : pointer), item.scenarios().get(i).id());
      }
    }
    if (gap) {
      problems.add(ProblemCode.SCENARIO_GAP, doc.locate("/scenarios"), describe(witnesses, unlisted));
    }
  }

  /**
   * The day after the earliest end of a parameter value some formula applies on {@code date}, when
   * it falls inside the item's validity: the next date on which a formula may change.
   */
  private LocalDate nextChange(ItemLogic logic, LocalDate date) {
    Optional<LocalDate> next = logic.index().values().stream()
        .filter(Formula.Test.class::isInstance)
        .map(f -> ((Formula.Test) f).parameterValue())
        .flatMap(Optional::stream)
        .flatMap(pv -> pv.validity().to().stream())
        .map(to -> to.plusDays(1))
        .filter(d -> d.isAfter(date) && item.validity().contains(d))
        .min(LocalDate::compareTo);
    return next.orElse(null);
  }

  /** The variables {@code formulas} read, in the order they first read them. */
  private static List<Var> variables(List<Formula> formulas) {
    Set<Var> out = new LinkedHashSet<>();
    formulas.forEach(f -> collect(f, out));
    return List.copyOf(out);
  }

  private static void collect(Formula f, Set<Var> out) {
    for (Formula leaf : Formula.leaves(f)) {
      out.add(leaf instanceof Formula.Test t ? t.var() : ((Formula.Given) leaf).var());
    }
  }

  private static long combinations(AnswerSpace space, List<Var> vars) {
    long product = 1;
    for (Var v : vars) {
      product *= Math.max(1, space.classes(v).size());
      if (product > MAX_COMBINATIONS) {
        return product;
      }
    }
    return product;
  }

  /**
   * Collects the witnesses of {@code uncovered} below {@code known}: fixes, one class at a time, the
   * first of {@code remaining} that still matters, and drops the branches where no gap is left. A
   * variable no answer to which can change the outcome any more is left out of the witness.
   */
  private static void witnesses(Settlement settlement, Formula uncovered, Set<Var> remaining, Settlement.Assignment known,
      List<Map.Entry<Var, Value>> fixed, Set<Witness> out) {
    if (out.size() > MAX_WITNESSES || settlement.settle(uncovered, known) == Tri.FALSE) {
      return;
    }
    Set<Var> relevant = settlement.relevant(uncovered, known);
    Optional<Var> next = remaining.stream().filter(relevant::contains).findFirst();
    if (next.isEmpty()) {
      out.add(new Witness(List.copyOf(fixed)));
      return;
    }
    Var var = next.get();
    Set<Var> rest = new LinkedHashSet<>(remaining);
    rest.remove(var);
    for (Value v : settlement.space().classes(var)) {
      List<Map.Entry<Var, Value>> more = new ArrayList<>(fixed);
      more.add(Map.entry(var, v));
      witnesses(settlement, uncovered, rest, known.with(var, v), more, out);
    }
  }

  /** The witnesses in words, in both languages: {@code agentApplies=否,applicationKind=年度复核}. */
  private LocalizedText describe(Set<Witness> witnesses, boolean unlisted) {
    if (witnesses.isEmpty()) {
      return UNLISTED;
    }
    List<String> zh = new ArrayList<>();
    List<String> en = new ArrayList<>();
    for (Witness w : witnesses.stream().limit(MAX_WITNESSES).toList()) {
      List<String> z = new ArrayList<>();
      List<String> e = new ArrayList<>();
      for (Map.Entry<Var, Value> fixed : w.values()) {
        z.add(name(fixed.getKey()) + "=" + word(fixed.getKey(), fixed.getValue(), true));
        e.add(name(fixed.getKey()) + "=" + word(fixed.getKey(), fixed.getValue(), false));
      }
      zh.add(z.isEmpty() ? "任何回答" : String.join(",", z));
      en.add(e.isEmpty() ? "any answer" : String.join(", ", e));
    }
    boolean more = witnesses.size() > MAX_WITNESSES || unlisted;
    return new LocalizedText(String.join(";", zh) + (more ? " 等" : ""), String.join("; ", en) + (more ? "; …" : ""));
  }

  private static String name(Var v) {
    return v.given() ? "known:" + v.fact() : v.fact();
  }

  private String word(Var v, Value value, boolean zh) {
    if (value instanceof Value.Bool b) {
      return zh ? (b.value() ? "是" : "否") : Boolean.toString(b.value());
    }
    Optional<FactDefinition> def = context.facts().apply(v.fact());
    if (def.isPresent() && def.get().type() == FactType.REGION && value instanceof Value.Text t && !context.regions().inCity(t.value())) {
      return zh ? "本市以外" : "outside the city";
    }
    return value.toString();
  }
}
