package io.github.tongban.core.internal.logic;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tongban.core.condition.Condition;
import io.github.tongban.core.condition.FactType;
import io.github.tongban.core.condition.Operand;
import io.github.tongban.core.condition.Operator;
import io.github.tongban.core.condition.Value;
import io.github.tongban.core.model.FactDefinition;
import io.github.tongban.core.model.Region;
import io.github.tongban.core.model.RegionLevel;
import io.github.tongban.core.model.RegionTree;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The settlement: exact status and relevance over the answer classes, where three-valued logic is not. */
class SettlementTests {
  private static final Map<String, FactDefinition> FACTS = facts(
      "age", fact("age", FactType.INTEGER, Optional.of(BigDecimal.ZERO), Optional.of(BigDecimal.valueOf(150))),
      "income", fact("income", FactType.DECIMAL, Optional.of(BigDecimal.ZERO), Optional.empty()),
      "agent", fact("agent", FactType.BOOLEAN, Optional.empty(), Optional.empty()),
      "a", fact("a", FactType.BOOLEAN, Optional.empty(), Optional.empty()),
      "b", fact("b", FactType.BOOLEAN, Optional.empty(), Optional.empty()),
      "c", fact("c", FactType.BOOLEAN, Optional.empty(), Optional.empty()),
      "d", fact("d", FactType.BOOLEAN, Optional.empty(), Optional.empty()),
      "home", fact("home", FactType.REGION, Optional.empty(), Optional.empty()));

  private static Map<String, FactDefinition> facts(Object... pairs) {
    Map<String, FactDefinition> out = new java.util.HashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      out.put((String) pairs[i], (FactDefinition) pairs[i + 1]);
    }
    for (int i = 0; i < 24; i++) {
      out.put("f" + i, fact("f" + i, FactType.BOOLEAN, Optional.empty(), Optional.empty()));
    }
    return out;
  }
  private static final RegionTree TREE = new RegionTree("620300", List.of(
      new Region("620300", "金昌市", RegionLevel.CITY, "市中心", Optional.empty(), List.of("620302")),
      new Region("620302", "金川区", RegionLevel.COUNTY, "区中心", Optional.of("620300"), List.of())));

  @Test
  void aScenarioChoiceThatChangesNothingIsSettled() {
    Condition either = any(is("agent", true), is("agent", false));
    assertThat(settle(all(cmp("age", Operator.GE, 80), either), Map.of("age", num(85)))).isEqualTo(Tri.TRUE);
    assertThat(relevant(all(cmp("age", Operator.GE, 80), either), Map.of())).containsExactly("age");
  }

  @Test
  void aComparisonTheBoundsDecideDoesNotHoldTheStatusBack() {
    assertThat(settle(cmp("age", Operator.GE, 0), Map.of())).isEqualTo(Tri.TRUE);
    assertThat(settle(cmp("income", Operator.LT, 0), Map.of())).isEqualTo(Tri.FALSE);
    assertThat(settle(cmp("age", Operator.GE, 80), Map.of())).isEqualTo(Tri.OPEN);
  }

  @Test
  void aContradictionIsFalseAlthoughEachPartIsOpen() {
    Condition never = all(cmp("age", Operator.GE, 80), cmp("age", Operator.LT, 70));
    assertThat(settle(never, Map.of())).isEqualTo(Tri.FALSE);
    assertThat(relevant(never, Map.of())).isEmpty();
  }

  @Test
  void integerClassesBetweenCutPointsAreRespected() {
    // no integer lies strictly between 79 and 80: age > 79 and age < 80 never both hold
    assertThat(settle(all(cmp("age", Operator.GT, 79), cmp("age", Operator.LT, 80)), Map.of())).isEqualTo(Tri.FALSE);
    // but a decimal does
    assertThat(settle(all(cmp("income", Operator.GT, 79), cmp("income", Operator.LT, 80)), Map.of())).isEqualTo(Tri.OPEN);
  }

  @Test
  void knownHoldsOnlyOnceTheFactIsGiven() {
    Condition stated = new Condition.Known("age", Optional.empty(), Optional.empty());
    assertThat(settle(any(stated, cmp("age", Operator.GE, 0)), Map.of())).isEqualTo(Tri.TRUE);
    assertThat(settle(stated, Map.of())).isEqualTo(Tri.OPEN);
    assertThat(relevant(stated, Map.of())).containsExactly("age");
    assertThat(settle(stated, Map.of("age", num(3)))).isEqualTo(Tri.TRUE);
  }

  @Test
  void everyFactOfTwoOpenAlternativesIsRelevant() {
    Condition f = any(all(is("a", true), is("b", true)), all(is("c", true), is("d", true)));
    assertThat(relevant(f, Map.of())).containsExactly("a", "b", "c", "d");
    assertThat(relevant(f, Map.of("a", new Value.Bool(false)))).containsExactly("c", "d");
  }

  @Test
  void aFactReadTwiceIsRelevantOnlyWhenItsAnswersLeadToDifferentFormulas() {
    // (a and b) or (not a and b) is just b: a is read twice and changes nothing
    Condition justB = any(all(is("a", true), is("b", true)), all(is("a", false), is("b", true)));
    assertThat(relevant(justB, Map.of())).containsExactly("b");
    // (a and b) or (not a and not b): a matters, though each cofactor is open
    Condition same = any(all(is("a", true), is("b", true)), all(is("a", false), is("b", false)));
    assertThat(relevant(same, Map.of())).containsExactly("a", "b");
  }

  @Test
  void aRegionElsewhereIsWithinNoRegionOfTheTree() {
    Condition inCity = new Condition.Compare("home", Operator.WITHIN, new Operand.RegionRef("620300"), Optional.empty(), Optional.empty());
    assertThat(settle(inCity, Map.of("home", new Value.Text("110101001001")))).isEqualTo(Tri.FALSE);
    assertThat(settle(inCity, Map.of("home", new Value.Text("620302")))).isEqualTo(Tri.TRUE);
    assertThat(settle(inCity, Map.of())).isEqualTo(Tri.OPEN);
  }

  @Test
  void independentPartsAreSettledOneByOneNotByEnumeratingTheirProduct() {
    // 24 facts, each read twice: enumerating every combination would take 2^24 evaluations
    List<Condition> parts = new java.util.ArrayList<>();
    for (int i = 0; i < 24; i++) {
      parts.add(any(is("f" + i, true), is("f" + i, false)));
    }
    Condition everyChoiceIsFine = new Condition.All(parts, Optional.empty(), Optional.empty());
    assertThat(settle(everyChoiceIsFine, Map.of())).isEqualTo(Tri.TRUE);
    List<Condition> withAge = new java.util.ArrayList<>(parts);
    withAge.add(cmp("age", Operator.GE, 80));
    assertThat(relevant(new Condition.All(withAge, Optional.empty(), Optional.empty()), Map.of())).containsExactly("age");
  }

  @Test
  @org.junit.jupiter.api.Timeout(value = 60, threadMode = org.junit.jupiter.api.Timeout.ThreadMode.SEPARATE_THREAD) // a hang guard, not a timing
  void aFormulaBeyondTheBudgetGetsTheCautiousAnswer() {
    // parity of 12 facts or its negation: always true, but only a full enumeration of a formula
    // with 2^12 leaves proves it; the settlement stops at its budget and says open
    Condition parity = is("f0", true);
    for (int i = 1; i < 12; i++) {
      Condition f = is("f" + i, true);
      parity = any(all(parity, not(f)), all(not(parity), f));
    }
    Condition tautology = any(parity, not(parity));
    assertThat(settle(tautology, Map.of())).isEqualTo(Tri.OPEN);
    assertThat(relevant(tautology, Map.of())).as("every fact it reads is asked, rather than none wrongly").hasSize(12);
  }

  // ---------------------------------------------------------------- helpers

  private static Tri settle(Condition c, Map<String, Value> facts) {
    Formula f = formula(c);
    return new Settlement(space(f), List.of(f)).settle(f, Settlement.Assignment.ofFacts(facts));
  }

  private static List<String> relevant(Condition c, Map<String, Value> facts) {
    Formula f = formula(c);
    Set<Var> vars = new Settlement(space(f), List.of(f)).relevant(f, Settlement.Assignment.ofFacts(facts));
    return vars.stream().map(Var::fact).distinct().collect(Collectors.toList());
  }

  private static Formula formula(Condition c) {
    Formulas.Context context = new Formulas.Context(id -> Optional.ofNullable(FACTS.get(id)), id -> Optional.empty(), TREE);
    return new Formulas(context, LocalDate.of(2026, 3, 2), new IdentityHashMap<>()).of(c);
  }

  private static AnswerSpace space(Formula f) {
    return AnswerSpace.of(List.of(f), id -> Optional.ofNullable(FACTS.get(id)), TREE);
  }

  private static FactDefinition fact(String id, FactType type, Optional<BigDecimal> min, Optional<BigDecimal> max) {
    return new FactDefinition(id, type, id, id + "?", Optional.empty(), List.of(), min, max, Optional.empty());
  }

  private static Value num(long v) {
    return Value.Number.of(v);
  }

  private static Condition cmp(String fact, Operator op, long value) {
    return new Condition.Compare(fact, op, new Operand.Literal(num(value)), Optional.empty(), Optional.empty());
  }

  private static Condition is(String fact, boolean value) {
    return new Condition.Compare(fact, Operator.EQ, new Operand.Literal(new Value.Bool(value)), Optional.empty(), Optional.empty());
  }

  private static Condition all(Condition... children) {
    return new Condition.All(List.of(children), Optional.empty(), Optional.empty());
  }

  private static Condition not(Condition child) {
    return new Condition.Not(child, Optional.empty(), Optional.empty());
  }

  private static Condition any(Condition... children) {
    return new Condition.Any(List.of(children), Optional.empty(), Optional.empty());
  }
}
