package io.github.tongban.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tongban.catalog.SampleCatalogue;
import io.github.tongban.core.condition.Condition;
import io.github.tongban.core.condition.Operand;
import io.github.tongban.core.condition.Operator;
import io.github.tongban.core.condition.Value;
import io.github.tongban.core.model.Catalogue;
import io.github.tongban.core.model.DayUnit;
import io.github.tongban.core.model.FactDefinition;
import io.github.tongban.core.model.ItemStatus;
import io.github.tongban.core.model.Material;
import io.github.tongban.core.model.ServiceItem;
import io.github.tongban.core.model.SpecialProcedure;
import io.github.tongban.core.model.SpecialProcedureKind;
import io.github.tongban.core.model.Validity;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * What the decision-relevant elements of issue 14 do to a decision, one behaviour per test, on
 * 高龄津贴 (620300-MZ-002) of the sample with the element added: a suspended or cancelled item
 * decides nothing and says so, at every door; special procedures move the due dates on the
 * sample's 2026 calendar; the deferral exclusion takes deferral away when it holds, makes it
 * conditional (and asks, as a follow-up) while it is open, and leaves it when it fails.
 */
class ItemElementsDecisionTests {
  static final String ELDERLY = "620300-MZ-002";
  static final String JINCHUAN_HOME = "620302001001";
  static final String JINCHUAN_TOWN = "620302001";
  static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);
  static final Catalogue SAMPLE = SampleCatalogue.catalogue();

  /** The sample with {@code ELDERLY} changed by {@code changes} (in every version), and the fact seriousDishonesty. */
  static Catalogue sampleWith(Map<String, Object> changes) {
    List<ServiceItem> versions = new ArrayList<>();
    for (ServiceItem i : SAMPLE.items()) {
      for (ServiceItem v : SAMPLE.versions(i.code())) {
        versions.add(v.code().equals(ELDERLY) ? ElementsCatalogue.with(v, changes) : v);
      }
    }
    List<FactDefinition> facts = new ArrayList<>(SAMPLE.facts());
    if (SAMPLE.fact(ElementsCatalogue.DISHONEST).isEmpty()) {
      facts.add(ElementsCatalogue.dishonestyFact());
    }
    return new Catalogue(SAMPLE.info(), facts, SAMPLE.parameters(), SAMPLE.regions(), SAMPLE.calendar(), versions);
  }

  static Application.Builder elderly() {
    return Application.forItem(ELDERLY).fact("age", 85).fact("householdRegion", JINCHUAN_HOME).fact("agentApplies", false)
        .at(JINCHUAN_TOWN).on(MONDAY);
  }

  // ------------------------------------------------------------------ status

  @Test
  void aSuspendedItemDecidesNothingAndSaysSoAtTheApi() {
    DecisionEngine engine = DecisionEngine.of(sampleWith(Map.of("status", ItemStatus.SUSPENDED)));
    Application a = elderly().build();
    assertThatThrownBy(() -> engine.decide(a)).isInstanceOfSatisfying(InvalidApplicationException.class, e -> {
      assertThat(e.problems()).singleElement().satisfies(p -> {
        assertThat(p.code()).isEqualTo("application.item-suspended");
        assertThat(p.field()).isEqualTo("item");
        assertThat(p.message().zh()).contains(ELDERLY).contains("高龄津贴申领").contains("暂停");
        assertThat(p.message().en()).contains(ELDERLY).contains("suspended");
      });
    });
    assertThatThrownBy(() -> engine.eligibility(a)).as("the screening path refuses it the same way")
        .isInstanceOfSatisfying(InvalidApplicationException.class, e ->
            assertThat(e.problems()).extracting(InvalidApplicationException.Problem::code).containsExactly("application.item-suspended"));
  }

  @Test
  void aCancelledItemHasItsOwnProblemAndAnotherItemIsStillDecided() {
    DecisionEngine engine = DecisionEngine.of(sampleWith(Map.of("status", ItemStatus.CANCELLED)));
    assertThatThrownBy(() -> engine.decide(elderly().build())).isInstanceOfSatisfying(InvalidApplicationException.class, e -> {
      assertThat(e.problems()).extracting(InvalidApplicationException.Problem::code).containsExactly("application.item-cancelled");
      assertThat(e.problems().get(0).message().zh()).contains("已取消");
      assertThat(e.problems().get(0).message().en()).contains("cancelled");
    });
    assertThat(engine.decide(Application.forItem("620300-MZ-001").fact("householdRegion", JINCHUAN_HOME).on(MONDAY).build()).status())
        .isNotNull();
  }

  @Test
  void theStatusIsThatOfTheVersionInForce() {
    ServiceItem current = SAMPLE.item(ELDERLY).orElseThrow();
    LocalDate suspendedFrom = LocalDate.of(2026, 6, 1);
    ServiceItem before = ElementsCatalogue.with(current, Map.of("validity", new Validity(current.validity().from(), Optional.of(suspendedFrom.minusDays(1)))));
    ServiceItem after = ElementsCatalogue.with(current, Map.of("validity", new Validity(suspendedFrom, Optional.empty()), "version", "2026.2",
        "status", ItemStatus.SUSPENDED));
    List<ServiceItem> items = new ArrayList<>(SAMPLE.items().stream().filter(i -> !i.code().equals(ELDERLY)).toList());
    items.add(before);
    items.add(after);
    DecisionEngine engine = DecisionEngine.of(new Catalogue(SAMPLE.info(), SAMPLE.facts(), SAMPLE.parameters(), SAMPLE.regions(),
        SAMPLE.calendar(), items));
    assertThat(engine.decide(elderly().build()).status()).as("in use before the suspension").isEqualTo(Status.ELIGIBLE);
    assertThatThrownBy(() -> engine.decide(elderly().on(suspendedFrom).build()))
        .isInstanceOfSatisfying(InvalidApplicationException.class, e -> assertThat(e.problems().get(0).code()).isEqualTo("application.item-suspended"));
  }

  @Test
  void screeningRejectsTheRowsOfASuspendedItemInsteadOfCallingThemIneligible() {
    DecisionEngine engine = DecisionEngine.of(sampleWith(Map.of("status", ItemStatus.SUSPENDED)));
    List<Screening.Resident> residents = List.of(
        new Screening.Resident("r1", 1, Map.of("age", 85, "householdRegion", JINCHUAN_HOME, "agentApplies", false)),
        new Screening.Resident("r2", 2, Map.of("age", 60, "householdRegion", JINCHUAN_HOME)));
    List<Screening.Row> rows = new ArrayList<>();
    List<Screening.Rejected> rejected = new ArrayList<>();
    Screening.Summary summary = new Screening(engine, List.of(ELDERLY), MONDAY, 1).run(residents.iterator(), rows::add, rejected::add);
    assertThat(rows).isEmpty();
    assertThat(rejected).hasSize(2).allSatisfy(r -> assertThat(r.problem().problems())
        .extracting(InvalidApplicationException.Problem::code).containsExactly("application.item-suspended"));
    assertThat(summary.rejected()).isEqualTo(2);
    assertThat(summary.ineligible()).isZero();
  }

  // ------------------------------------------------------------------ special procedures

  @Test
  void specialProceduresOutsideTheStatutoryLimitGiveTheLatestDueDates() {
    SpecialProcedure review = new SpecialProcedure(SpecialProcedureKind.EXPERT_REVIEW, Optional.empty(), 20, DayUnit.WORKING_DAYS,
        Optional.of("gslnr"), Optional.empty(), false);
    SpecialProcedure notice = new SpecialProcedure(SpecialProcedureKind.PUBLIC_NOTICE, Optional.empty(), 5, DayUnit.DAYS, Optional.empty(),
        Optional.empty(), false);
    SpecialProcedure hearing = new SpecialProcedure(SpecialProcedureKind.HEARING, Optional.empty(), 10, DayUnit.WORKING_DAYS,
        Optional.of("lnr"), Optional.empty(), true);
    DecisionEngine engine = DecisionEngine.of(sampleWith(Map.of("specialProcedures", List.of(review, notice, hearing))));
    // accepted on Monday 2026-09-21: 中秋节 (09-25..27) and 国庆节 (10-01..07) fall within; 10-10 is a make-up working day
    Timing t = engine.decide(elderly().on(LocalDate.of(2026, 9, 21)).build()).timing();
    assertThat(t.promisedDue()).as("5 working days, without the procedures").isEqualTo(LocalDate.of(2026, 9, 29));
    assertThat(t.statutoryDue()).as("20 working days, without the procedures").isEqualTo(LocalDate.of(2026, 10, 26));
    assertThat(t.specialProcedures()).extracting(SpecialProcedureTime::name, SpecialProcedureTime::maxDays, SpecialProcedureTime::unit,
            SpecialProcedureTime::movesDueDates)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("专家评审", 20, DayUnit.WORKING_DAYS, true),
            org.assertj.core.groups.Tuple.tuple("公示", 5, DayUnit.DAYS, true),
            org.assertj.core.groups.Tuple.tuple("听证", 10, DayUnit.WORKING_DAYS, false));
    assertThat(t.specialProcedures().get(0).basis().orElseThrow().citation()).isEqualTo("《甘肃省老年人权益保障条例》第二十六条");
    // 09-29 + 20 working days = 11-02, + 5 days = Saturday 11-07, on to Monday 11-09
    assertThat(t.latestPromisedDue()).contains(LocalDate.of(2026, 11, 9));
    // 10-26 + 20 working days = 11-23, + 5 days = Saturday 11-28, on to Monday 11-30
    assertThat(t.latestStatutoryDue()).contains(LocalDate.of(2026, 11, 30));
    assertThat(t.calendarKnown()).isTrue();
  }

  @Test
  void aProcedureThatCountsTowardTheStatutoryLimitMovesNothing() {
    SpecialProcedure survey = new SpecialProcedure(SpecialProcedureKind.SITE_SURVEY, Optional.empty(), 5, DayUnit.WORKING_DAYS,
        Optional.empty(), Optional.empty(), true);
    DecisionEngine engine = DecisionEngine.of(sampleWith(Map.of("specialProcedures", List.of(survey))));
    Timing t = engine.decide(elderly().build()).timing();
    assertThat(t.specialProcedures()).singleElement().satisfies(p -> assertThat(p.countsTowardStatutory()).isTrue());
    assertThat(t.latestPromisedDue()).isEmpty();
    assertThat(t.latestStatutoryDue()).isEmpty();
  }

  @Test
  void latestDueDatesBeyondTheCalendarAreNotCertain() {
    SpecialProcedure review = new SpecialProcedure(SpecialProcedureKind.EXPERT_REVIEW, Optional.empty(), 60, DayUnit.WORKING_DAYS,
        Optional.empty(), Optional.empty(), false);
    DecisionEngine engine = DecisionEngine.of(sampleWith(Map.of("specialProcedures", List.of(review))));
    Decision d = engine.decide(elderly().on(LocalDate.of(2026, 10, 12)).build());
    assertThat(d.timing().statutoryDue()).as("within 2026").isBefore(LocalDate.of(2027, 1, 1));
    assertThat(d.timing().latestStatutoryDue().orElseThrow()).isAfter(LocalDate.of(2027, 1, 1));
    assertThat(d.timing().calendarKnown()).as("the sample has no 2027 calendar").isFalse();
  }

  // ------------------------------------------------------------------ deferral exclusion

  static final Condition DISHONEST = new Condition.Compare(ElementsCatalogue.DISHONEST, Operator.EQ, new Operand.Literal(new Value.Bool(true)),
      Optional.empty(), Optional.of("gslnr"));

  static DecisionEngine excluding() {
    return DecisionEngine.of(sampleWith(Map.of("deferralExcludedWhen", Optional.of(DISHONEST))));
  }

  static MaterialDecision bankCard(Decision d) {
    return d.materials().stream().filter(m -> m.id().equals("bankCard")).findFirst().orElseThrow();
  }

  @Test
  void whenTheExclusionHoldsNoMaterialIsDeferredAndTheDecisionSaysWhy() {
    Decision d = excluding().decide(elderly().fact(ElementsCatalogue.DISHONEST, true).build());
    assertThat(d.status()).as("the exclusion changes no eligibility").isEqualTo(Status.ELIGIBLE);
    MaterialDecision card = bankCard(d);
    assertThat(card.status()).isEqualTo(MaterialDecision.Status.REQUIRED);
    assertThat(card.deferralExcluded()).isTrue();
    assertThat(card.deferUntil()).isEmpty();
    assertThat(d.materialsToBring()).extracting(MaterialDecision::id).containsExactly("bankCard");
    DeferralExclusion x = d.deferralExclusion().orElseThrow();
    assertThat(x.applies()).isTrue();
    assertThat(x.materials()).containsExactly("bankCard");
    assertThat(x.condition().kind()).isEqualTo(Reason.Kind.MET);
    assertThat(x.condition().wording().zh()).isEqualTo("严重失信主体:是");
    assertThat(x.condition().wording().en()).isEqualTo("严重失信主体: yes");
    assertThat(x.condition().basis().orElseThrow().citation()).isEqualTo("《甘肃省老年人权益保障条例》第二十六条");
    assertThat(x.condition().applied()).singleElement().satisfies(v -> {
      assertThat(v.fact()).isEqualTo(ElementsCatalogue.DISHONEST);
      assertThat(v.holds()).isTrue();
    });
    assertThat(d.followUpQuestions()).extracting(Question::fact).doesNotContain(ElementsCatalogue.DISHONEST);
    assertThat(d.trace()).contains("policy.material.deferral-excluded", "620300-MZ-002@2025-01-01/deferralExcludedWhen.holds");
  }

  @Test
  void whenTheExclusionFailsDeferralIsAsBefore() {
    Decision d = excluding().decide(elderly().fact(ElementsCatalogue.DISHONEST, false).build());
    MaterialDecision card = bankCard(d);
    assertThat(card.status()).isEqualTo(MaterialDecision.Status.DEFERRABLE);
    assertThat(card.deferral()).contains(MaterialDecision.Deferral.CONDITIONAL_ACCEPTANCE);
    assertThat(card.deferralConditional()).isFalse();
    assertThat(card.deferUntil()).contains(LocalDate.of(2026, 3, 9));
    assertThat(d.deferralExclusion()).isEmpty();
    assertThat(d.followUpQuestions()).extracting(Question::fact).doesNotContain(ElementsCatalogue.DISHONEST);
  }

  @Test
  void whileTheExclusionIsOpenDeferralIsConditionalAndAskedAsAFollowUp() {
    Decision d = excluding().decide(elderly().build());
    assertThat(d.status()).isEqualTo(Status.ELIGIBLE);
    assertThat(d.nextQuestions()).as("it cannot change eligibility").isEmpty();
    assertThat(d.followUpQuestions()).extracting(Question::fact).containsExactly(ElementsCatalogue.DISHONEST);
    MaterialDecision card = bankCard(d);
    assertThat(card.status()).isEqualTo(MaterialDecision.Status.DEFERRABLE);
    assertThat(card.deferralCondition().orElseThrow().zh()).isEqualTo("除非严重失信主体:是");
    assertThat(card.deferralCondition().orElseThrow().en()).isEqualTo("unless 严重失信主体: yes");
    DeferralExclusion x = d.deferralExclusion().orElseThrow();
    assertThat(x.applies()).isFalse();
    assertThat(x.condition().kind()).isEqualTo(Reason.Kind.UNKNOWN);
    assertThat(x.condition().facts()).containsExactly(ElementsCatalogue.DISHONEST);
  }

  @Test
  void anOpenExclusionIsNotAskedWhenNoMaterialCouldBeDeferred() {
    // the agent applies: the bank card is listed, but the scenario 家属代为申请 is settled; make it not deferrable at all
    ServiceItem item = SAMPLE.item(ELDERLY).orElseThrow();
    List<Material> materials = item.materials().stream().map(m -> ElementsCatalogue.with(m, Map.of("deferrable", false))).toList();
    DecisionEngine engine = DecisionEngine.of(sampleWith(Map.of("deferralExcludedWhen", Optional.of(DISHONEST), "materials", materials)));
    Decision d = engine.decide(elderly().build());
    assertThat(d.deferralExclusion()).isEmpty();
    assertThat(d.followUpQuestions()).extracting(Question::fact).doesNotContain(ElementsCatalogue.DISHONEST);
    assertThat(bankCard(d).status()).isEqualTo(MaterialDecision.Status.REQUIRED);
    assertThat(bankCard(d).deferralExcluded()).isFalse();
  }

  @Test
  void aCreditDeferrableMaterialMayFollowOnACommitmentAndTheExclusionTakesThatAwayToo() {
    ServiceItem item = SAMPLE.item(ELDERLY).orElseThrow();
    List<Material> materials = item.materials().stream()
        .map(m -> m.id().equals("bankCard") ? ElementsCatalogue.with(m, Map.of("deferrable", false, "creditDeferrable", true)) : m).toList();
    DecisionEngine plain = DecisionEngine.of(sampleWith(Map.of("materials", materials)));
    MaterialDecision card = bankCard(plain.decide(elderly().build()));
    assertThat(card.status()).isEqualTo(MaterialDecision.Status.DEFERRABLE);
    assertThat(card.deferral()).contains(MaterialDecision.Deferral.CREDIT_COMMITMENT);
    assertThat(card.deferUntil()).contains(LocalDate.of(2026, 3, 9));

    DecisionEngine excluding = DecisionEngine.of(sampleWith(Map.of("materials", materials, "deferralExcludedWhen", Optional.of(DISHONEST))));
    MaterialDecision excluded = bankCard(excluding.decide(elderly().fact(ElementsCatalogue.DISHONEST, true).build()));
    assertThat(excluded.status()).isEqualTo(MaterialDecision.Status.REQUIRED);
    assertThat(excluded.deferralExcluded()).isTrue();
  }

  @Test
  void theExclusionChangesNoEligibilityOnTheScreeningPath() {
    DecisionEngine engine = excluding();
    for (Application a : List.of(elderly().fact(ElementsCatalogue.DISHONEST, true).build(), elderly().build(),
        Application.forItem(ELDERLY).fact(ElementsCatalogue.DISHONEST, true).on(MONDAY).build())) {
      Eligibility e = engine.eligibility(a);
      Decision d = engine.decide(a);
      assertThat(e.status()).as("%s", a).isEqualTo(d.status());
      assertThat(e.nextQuestions()).as("%s", a).isEqualTo(d.nextQuestions()).noneMatch(q -> q.fact().equals(ElementsCatalogue.DISHONEST));
    }
  }
}
