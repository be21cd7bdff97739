package io.github.tongban.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tongban.catalog.SampleCatalogue;
import io.github.tongban.core.condition.Condition;
import io.github.tongban.core.condition.Operator;
import io.github.tongban.core.model.Catalogue;
import io.github.tongban.core.model.ServiceItem;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The Drools engine against the independent brute-force {@link Oracle}, on seeded random
 * applications over every sample item: the same status, questions (in order), follow-up
 * questions, scenarios and materials (conditional ones marked), acceptance outcome, mode and
 * authority, dates, and reasons (kind, wording, basis, facts and every value applied).
 */
class DifferentialTests {
  static final int APPLICATIONS = 100_000;
  static final int ELEMENT_APPLICATIONS = 30_000;
  static final long SEED = 20261126L;
  static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

  @Test
  void engineAndOracleAgreeOnRandomApplications() {
    Catalogue catalogue = SampleCatalogue.catalogue();
    Result r = compare(DecisionEngine.of(catalogue), new Oracle(catalogue), catalogue, APPLICATIONS, 10);
    assertThat(r.disagreements()).as("disagreements between the engine and the oracle").isEmpty();
    assertThat(r.statuses()).as("the random applications reach every status").containsKeys(Status.values());
    assertThat(r.settledByReasoning()).as("applications that three-valued logic would have left open, settled").isPositive();
  }

  /**
   * The elements of issue 14 that change decisions, built twice: suspended and cancelled items,
   * special procedures in the due dates, credit deferral and the deferral exclusion, on the sample
   * with those elements added to many items ({@link ElementsCatalogue}).
   */
  @Test
  void engineAndOracleAgreeOnItemsWithTheNewElements() {
    Catalogue catalogue = ElementsCatalogue.of(SampleCatalogue.catalogue());
    Result r = compare(DecisionEngine.of(catalogue), new Oracle(catalogue), catalogue, ELEMENT_APPLICATIONS, 10);
    assertThat(r.disagreements()).as("disagreements between the engine and the oracle").isEmpty();
    assertThat(r.statuses()).containsKeys(Status.values());
    assertThat(r.seen()).as("the random applications reach every effect of the new elements").containsKeys(
        "application.item-suspended", "application.item-cancelled", "exclusion applies", "exclusion open", "credit deferral",
        "conditional deferral", "latest due dates", "procedure counted only", "exclusion asked");
  }

  /**
   * The comparison on any catalogue folder, when asked for: {@code -Dtongban.differential.catalogue=DIR}
   * (and {@code -Dtongban.differential.applications=N}, 20,000 by default), e.g. a catalogue being
   * filled before it becomes the sample.
   */
  @Test
  @EnabledIfSystemProperty(named = "tongban.differential.catalogue", matches = ".+")
  void engineAndOracleAgreeOnTheCatalogueAskedFor(org.junit.jupiter.api.TestReporter reporter) {
    Catalogue catalogue = io.github.tongban.core.load.CatalogueLoader.withDefaults()
        .load(java.nio.file.Path.of(System.getProperty("tongban.differential.catalogue"))).orElseThrow();
    int applications = Integer.getInteger("tongban.differential.applications", 20_000);
    Result r = compare(DecisionEngine.of(catalogue), new Oracle(catalogue), catalogue, applications, 10);
    assertThat(r.disagreements()).as("disagreements between the engine and the oracle").isEmpty();
    reporter.publishEntry("compared", applications + " applications: " + r.statuses() + "; effects " + r.seen());
  }

  @Test
  void theComparisonNoticesAnEngineThatIgnoresTheDeferralExclusion() {
    Catalogue catalogue = ElementsCatalogue.of(SampleCatalogue.catalogue());
    Catalogue mutated = new Catalogue(catalogue.info(), catalogue.facts(), catalogue.parameters(), catalogue.regions(), catalogue.calendar(),
        catalogue.items().stream().flatMap(i -> catalogue.versions(i.code()).stream())
            .map(i -> ElementsCatalogue.with(i, Map.of("deferralExcludedWhen", java.util.Optional.empty()))).toList());
    Result r = compare(DecisionEngine.of(mutated), new Oracle(catalogue), catalogue, 5_000, 1);
    assertThat(r.disagreements()).as("an engine without the exclusion must disagree with the oracle").isNotEmpty();
  }

  @Test
  void theComparisonNoticesAnEngineThatIgnoresSpecialProcedures() {
    Catalogue catalogue = ElementsCatalogue.of(SampleCatalogue.catalogue());
    Catalogue mutated = new Catalogue(catalogue.info(), catalogue.facts(), catalogue.parameters(), catalogue.regions(), catalogue.calendar(),
        catalogue.items().stream().flatMap(i -> catalogue.versions(i.code()).stream())
            .map(i -> ElementsCatalogue.with(i, Map.of("specialProcedures", List.of()))).toList());
    Result r = compare(DecisionEngine.of(mutated), new Oracle(catalogue), catalogue, 2_000, 1);
    assertThat(r.disagreements()).as("an engine without the special procedures must disagree with the oracle").isNotEmpty();
  }

  @Test
  void theComparisonNoticesAnEngineThatDecidesSuspendedItems() {
    Catalogue catalogue = ElementsCatalogue.of(SampleCatalogue.catalogue());
    Catalogue mutated = new Catalogue(catalogue.info(), catalogue.facts(), catalogue.parameters(), catalogue.regions(), catalogue.calendar(),
        catalogue.items().stream().flatMap(i -> catalogue.versions(i.code()).stream())
            .map(i -> ElementsCatalogue.with(i, Map.of("status", io.github.tongban.core.model.ItemStatus.IN_USE))).toList());
    Result r = compare(DecisionEngine.of(mutated), new Oracle(catalogue), catalogue, 2_000, 1);
    assertThat(r.disagreements()).as("an engine that decides suspended items must disagree with the oracle").isNotEmpty();
  }

  @Test
  void theComparisonNoticesAnEngineThatReadsLeAsLt() {
    Catalogue catalogue = SampleCatalogue.catalogue();
    Catalogue mutated = new Catalogue(catalogue.info(), catalogue.facts(), catalogue.parameters(), catalogue.regions(),
        catalogue.calendar(), catalogue.items().stream().map(DifferentialTests::leAsLt).toList());
    Result r = compare(DecisionEngine.of(mutated), new Oracle(catalogue), catalogue, 20_000, 1);
    assertThat(r.disagreements()).as("a mutated engine must disagree with the oracle").isNotEmpty();
  }

  @Test
  void theSameDecisionIsTheSameEveryTime() {
    Catalogue catalogue = SampleCatalogue.catalogue();
    DecisionEngine one = DecisionEngine.of(catalogue);
    DecisionEngine other = DecisionEngine.of(catalogue);
    RandomApplications random = new RandomApplications(catalogue, SEED + 1);
    for (int i = 0; i < 2_000; i++) {
      Application a = random.next();
      assertThat(other.decide(a)).as("application #%d %s", i, a).isEqualTo(one.decide(a));
    }
  }

  @Test
  void theScreeningPathGivesTheSameStatusAndQuestionsAsTheFullDecision() {
    Catalogue catalogue = SampleCatalogue.catalogue();
    DecisionEngine engine = DecisionEngine.of(catalogue);
    RandomApplications random = new RandomApplications(catalogue, SEED + 3);
    for (int i = 0; i < 20_000; i++) {
      Application a = random.next();
      Decision d = engine.decide(a);
      Eligibility e = engine.eligibility(a);
      assertThat(e.status()).as("#%d %s", i, a).isEqualTo(d.status());
      assertThat(e.nextQuestions()).as("#%d %s", i, a).isEqualTo(d.nextQuestions());
      assertThat(e.itemVersion()).isEqualTo(d.itemVersion());
    }
  }

  record Result(List<String> disagreements, Map<Status, Integer> statuses, int settledByReasoning, Map<String, Integer> seen) {}

  static Result compare(DecisionEngine engine, Oracle oracle, Catalogue catalogue, int applications, int keep) {
    RandomApplications random = new RandomApplications(catalogue, SEED, true);
    List<String> disagreements = new ArrayList<>();
    Map<Status, Integer> statuses = new LinkedHashMap<>();
    Map<String, Integer> seen = new LinkedHashMap<>();
    int settled = 0;
    // a comparison that keeps one disagreement is only asked whether there is one: it stops at the first
    for (int i = 0; i < applications && (keep > 1 || disagreements.isEmpty()); i++) {
      Application a = random.next();
      java.util.Optional<String> refusal = oracle.refusal(a, TODAY);
      Decision d;
      try {
        d = engine.decide(a);
      } catch (InvalidApplicationException e) {
        List<String> codes = e.problems().stream().map(InvalidApplicationException.Problem::code).toList();
        codes.forEach(c -> seen.merge(c, 1, Integer::sum));
        if (!codes.equals(refusal.stream().toList()) && disagreements.size() < keep) {
          disagreements.add("#" + i + " " + a + "\n  engine refused: " + codes + "\n  oracle: " + refusal.orElse("decides it"));
        }
        continue;
      }
      if (refusal.isPresent()) {
        if (disagreements.size() < keep) {
          disagreements.add("#" + i + " " + a + "\n  engine decided: " + d.status() + "\n  oracle refuses: " + refusal.get());
        }
        continue;
      }
      Oracle.Expected expected = oracle.decide(a, TODAY);
      Oracle.Expected actual = Oracle.of(d);
      statuses.merge(d.status(), 1, Integer::sum);
      effects(d).forEach(e -> seen.merge(e, 1, Integer::sum));
      // eligible while the scenario is still open: plain three-valued logic would have asked first
      if (d.status() == Status.ELIGIBLE && d.scenarios().stream().anyMatch(ScenarioRef::conditional)) {
        settled++;
      }
      if (!actual.equals(expected) && disagreements.size() < keep) {
        disagreements.add("#" + i + " " + a + "\n  engine: " + actual + "\n  oracle: " + expected);
      }
    }
    return new Result(disagreements, statuses, settled, seen);
  }

  /** The effects of the new elements a decision shows, for the coverage check. */
  private static List<String> effects(Decision d) {
    List<String> out = new ArrayList<>();
    d.deferralExclusion().ifPresent(x -> out.add(x.applies() ? "exclusion applies" : "exclusion open"));
    if (d.materials().stream().anyMatch(m -> m.deferral().filter(k -> k == MaterialDecision.Deferral.CREDIT_COMMITMENT).isPresent())) {
      out.add("credit deferral");
    }
    if (d.materials().stream().anyMatch(MaterialDecision::deferralConditional)) {
      out.add("conditional deferral");
    }
    if (d.timing().latestStatutoryDue().isPresent()) {
      out.add("latest due dates");
    } else if (!d.timing().specialProcedures().isEmpty()) {
      out.add("procedure counted only");
    }
    if (d.followUpQuestions().stream().anyMatch(q -> q.fact().equals(ElementsCatalogue.DISHONEST))) {
      out.add("exclusion asked");
    }
    return out;
  }

  /** The item with every {@code le} comparison read as {@code lt}: a plausible slip the comparison must catch. */
  private static ServiceItem leAsLt(ServiceItem i) {
    return i.withConditions(i.conditions().map(DifferentialTests::leAsLt));
  }

  private static Condition leAsLt(Condition c) {
    if (c instanceof Condition.All a) {
      return new Condition.All(a.children().stream().map(DifferentialTests::leAsLt).toList(), a.text(), a.basis());
    }
    if (c instanceof Condition.Any a) {
      return new Condition.Any(a.children().stream().map(DifferentialTests::leAsLt).toList(), a.text(), a.basis());
    }
    if (c instanceof Condition.Not n) {
      return new Condition.Not(leAsLt(n.child()), n.text(), n.basis());
    }
    if (c instanceof Condition.Compare cmp && cmp.operator() == Operator.LE) {
      return new Condition.Compare(cmp.fact(), Operator.LT, cmp.operand(), cmp.text(), cmp.basis());
    }
    return c;
  }
}
