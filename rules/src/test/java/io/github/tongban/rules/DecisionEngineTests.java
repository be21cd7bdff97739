package io.github.tongban.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tongban.catalog.SampleCatalogue;
import io.github.tongban.rules.Acceptance.Mode;
import io.github.tongban.rules.Acceptance.Outcome;
import io.github.tongban.rules.MaterialDecision.Status;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Decisions on the sample catalogue, one behaviour per test. */
class DecisionEngineTests {
  static final String ELDERLY = "620300-MZ-002";   // 高龄津贴: city-wide, fully online, proxy
  static final String MINIMUM = "620300-MZ-001";   // 最低生活保障: city-wide, joint, partly online
  static final String HOMESTEAD = "620300-NY-001"; // 宅基地: local only, township and village
  static final String MEDICAL = "620300-YB-001";   // 医保参保: instant, online mode only
  static final String JINCHUAN_HOME = "620302001001";   // a community of 滨河路街道, 金川区
  static final String JINCHUAN_TOWN = "620302001";      // 滨河路街道便民服务中心
  static final String YONGCHANG_TOWN = "620321001";     // 城关镇便民服务中心, 永昌县
  static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);

  static DecisionEngine engine;

  @BeforeAll
  static void build() {
    engine = DecisionEngine.of(SampleCatalogue.catalogue(), Clock.fixed(MONDAY.atStartOfDay().toInstant(ZoneOffset.ofHours(8)), DecisionEngine.CITY_ZONE));
  }

  static Application.Builder elderly(int age) {
    return Application.forItem(ELDERLY).fact("age", age).fact("householdRegion", JINCHUAN_HOME).fact("agentApplies", false).on(MONDAY);
  }

  static Application.Builder minimum() {
    return Application.forItem(MINIMUM).fact("householdRegion", JINCHUAN_HOME).fact("householdType", "城镇")
        .fact("monthlyIncomePerCapita", new BigDecimal("650")).fact("assetsWithinLimit", true)
        .fact("applicationKind", "首次申请").fact("disabledMember", false).on(MONDAY);
  }

  @Test
  void eligibleWithTheExactMaterialsExemptionsAndDeferrals() {
    Decision d = engine.decide(elderly(82).at(JINCHUAN_TOWN).build());
    assertThat(d.status()).isEqualTo(io.github.tongban.rules.Status.ELIGIBLE);
    assertThat(d.reasons()).as("the conditions that hold, with the values applied").allMatch(r -> r.kind() == Reason.Kind.MET)
        .extracting(r -> r.text().zh())
        .containsExactly("持有本市户籍(户籍所在地 620302001001(滨河路第1社区),位于 金昌市)",
            "年满80周岁(年龄 82 周岁,不低于高龄津贴起始年龄 80 周岁(自 2026-01-01 起))");
    assertThat(d.nextQuestions()).as("nothing left to ask").isEmpty();
    assertThat(d.scenarios()).extracting(ScenarioRef::id).containsExactly("self");
    assertThat(d.materials()).extracting(MaterialDecision::id, MaterialDecision::status)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("idCard", Status.EXEMPT), org.assertj.core.groups.Tuple.tuple("bankCard", Status.DEFERRABLE));
    MaterialDecision idCard = d.materials().get(0);
    assertThat(idCard.exemptSource()).contains("公安部门居民身份证电子证照");
    MaterialDecision bankCard = d.materials().get(1);
    assertThat(bankCard.deferUntil()).contains(d.timing().promisedDue()).contains(LocalDate.of(2026, 3, 9));
    assertThat(d.materialsToBring()).isEmpty();
    assertThat(d.catalogueVersion()).isEqualTo("2026.11-sample");
    assertThat(d.trace()).contains("policy.material.exempt-shared-data", "policy.material.deferrable")
        .as("rules are named by item version, element and condition")
        .contains("620300-MZ-002@2025-01-01/conditions/1.holds", "620300-MZ-002@2025-01-01/scenarios/self/when.holds")
        .noneMatch(name -> name.matches("n\\d+\\..*"));
  }

  @Test
  void ineligibleGivesTheFailedConditionWithItsLegalBasisAndAsksNothing() {
    Decision d = engine.decide(Application.forItem(ELDERLY).fact("age", 70).fact("householdRegion", JINCHUAN_HOME).on(MONDAY).build());
    assertThat(d.status()).isEqualTo(io.github.tongban.rules.Status.INELIGIBLE);
    assertThat(d.reasons()).filteredOn(r -> r.kind() == Reason.Kind.FAILED).singleElement().satisfies(r -> {
      assertThat(r.wording().zh()).isEqualTo("年满80周岁");
      assertThat(r.basis().orElseThrow().citation()).isEqualTo("《甘肃省老年人权益保障条例》第二十六条");
      assertThat(r.facts()).containsExactly("age");
    });
    assertThat(d.reasons()).as("who applies changes nothing: not a reason").noneMatch(r -> r.kind() == Reason.Kind.UNKNOWN);
    assertThat(d.reasons().get(0).applied()).singleElement().satisfies(v -> {
      assertThat(v.value()).isEqualTo("70");
      assertThat(v.holds()).isFalse();
      assertThat(v.parameter()).contains("elderlyAllowanceAge");
      assertThat(v.inForceFrom()).contains(LocalDate.of(2026, 1, 1));
      assertThat(v.text().en()).isEqualTo("年龄 70 周岁, below 高龄津贴起始年龄 80 周岁 (in force from 2026-01-01)");
    });
    assertThat(d.nextQuestions()).as("the outcome is settled whoever applies").isEmpty();
  }

  @Test
  void needsInfoAsksOnlyTheQuestionsThatMatterInOrder() {
    Decision d = engine.decide(Application.forItem(MINIMUM).fact("householdRegion", JINCHUAN_HOME).at(JINCHUAN_TOWN).on(MONDAY).build());
    assertThat(d.status()).isEqualTo(io.github.tongban.rules.Status.NEEDS_INFO);
    assertThat(d.nextQuestions()).extracting(Question::fact)
        .containsExactly("householdType", "monthlyIncomePerCapita", "assetsWithinLimit");
    assertThat(d.followUpQuestions()).extracting(Question::fact)
        .as("every kind of application has its scenario: asked only to settle the scenario and materials").startsWith("applicationKind");
    assertThat(d.nextQuestions().get(0).allowedValues()).containsExactly("城镇", "农村");
    assertThat(d.reasons()).allMatch(r -> r.kind() == Reason.Kind.UNKNOWN);

    Decision urban = engine.decide(Application.forItem(MINIMUM).fact("householdRegion", JINCHUAN_HOME).fact("householdType", "农村")
        .fact("monthlyIncomePerCapita", new BigDecimal("300")).at(JINCHUAN_TOWN).on(MONDAY).build());
    assertThat(urban.nextQuestions()).extracting(Question::fact).containsExactly("assetsWithinLimit");
  }

  @Test
  void anInstantItemAcceptedOnAHolidayIsDueTheNextWorkingDayAndItsDeferralFollows() {
    LocalDate labourDay = LocalDate.of(2026, 5, 3);
    Decision d = engine.decide(Application.forItem("620300-SC-001").fact("age", 30).fact("businessRegistered", false)
        .fact("agentApplies", false).at(JINCHUAN_TOWN).on(labourDay).build());
    assertThat(d.timing().instant()).isTrue();
    assertThat(d.timing().acceptedOnNonWorkingDay()).isTrue();
    assertThat(d.timing().acceptedOn()).as("劳动节 runs to 2026-05-05").isEqualTo(LocalDate.of(2026, 5, 6));
    assertThat(d.timing().promisedDue()).isEqualTo(LocalDate.of(2026, 5, 6));
    assertThat(d.materials()).filteredOn(m -> m.status() == Status.DEFERRABLE).isNotEmpty()
        .allSatisfy(m -> assertThat(m.deferUntil()).as("the next working day after acceptance").contains(LocalDate.of(2026, 5, 7)));
  }

  @Test
  void datesBeyondTheCalendarAreNotCertain() {
    Decision d = engine.decide(elderly(85).at(JINCHUAN_TOWN).on(LocalDate.of(2026, 12, 20)).build());
    assertThat(d.timing().statutoryDue()).isAfter(LocalDate.of(2026, 12, 31));
    assertThat(d.timing().calendarKnown()).as("the sample has no 2027 calendar").isFalse();
    assertThat(engine.decide(elderly(85).at(JINCHUAN_TOWN).on(MONDAY).build()).timing().calendarKnown()).isTrue();
  }

  @Test
  void aParameterWithoutAValueOnTheDateFailsClearlyNotWithADeadEndQuestion() {
    io.github.tongban.core.model.Catalogue sample = SampleCatalogue.catalogue();
    List<io.github.tongban.core.model.Parameter> parameters = sample.parameters().stream().map(p -> !p.id().equals("elderlyAllowanceAge") ? p
        : new io.github.tongban.core.model.Parameter(p.id(), p.label(), p.type(), p.unit(), p.basis(),
            p.values().stream().filter(v -> v.validity().from().getYear() == 2026).toList())).toList();
    DecisionEngine gappy = DecisionEngine.of(new io.github.tongban.core.model.Catalogue(sample.info(), sample.facts(), parameters,
        sample.regions(), sample.calendar(), sample.items()));
    assertThatThrownBy(() -> gappy.decide(elderly(85).on(LocalDate.of(2025, 6, 2)).build()))
        .isInstanceOf(io.github.tongban.core.model.ParameterNotInForceException.class)
        .hasMessageContaining("elderlyAllowanceAge").hasMessageContaining("2025-06-02");
  }

  @Test
  void theItemSaysWhetherTheResidenceCountsAsHome() {
    io.github.tongban.core.model.Catalogue sample = SampleCatalogue.catalogue();
    Application living = Application.forItem(ELDERLY).fact("age", 85).fact("householdRegion", "110101001001")
        .fact("residenceRegion", JINCHUAN_HOME).fact("agentApplies", false).at(JINCHUAN_TOWN).on(MONDAY).build();
    Decision byDefault = engine.decide(living);
    assertThat(byDefault.acceptance().outcome()).as("household or residence, by default").isEqualTo(Acceptance.Outcome.ACCEPTED);
    assertThat(byDefault.acceptance().authority()).contains("金川区民政局");

    io.github.tongban.core.model.ServiceItem i = sample.item(ELDERLY).orElseThrow();
    io.github.tongban.core.model.ServiceItem householdOnly = new io.github.tongban.core.model.ServiceItem(i.code(), i.name(), i.aliases(), i.type(),
        i.department(), i.version(), i.validity(), i.legalBases(), i.levels(), i.authority(), i.conditions(), i.scenarios(), i.materials(),
        i.timeLimit(), i.trips(), i.fee(), i.onlineLevel(), i.intermediaries(), i.process(), i.delivery(), i.scope(), i.modes(),
        io.github.tongban.core.model.HomeBasis.HOUSEHOLD, i.forms(), i.reviewPoints(), i.specialServices(), i.local(), i.codes(),
        i.serviceObjects(), i.status(), i.plannedCancellation(), i.powerSource(), i.jointAgencies(), i.acceptLevel(), i.approveLevel(),
        i.preReview(), i.quantityLimit(), i.projectType(), i.specialProcedures(), i.result(), i.channels(), i.onlineDepth(),
        i.deferralExcludedWhen(), i.rightsAndDuties(), i.faq(), i.topics());
    DecisionEngine strict = DecisionEngine.of(new io.github.tongban.core.model.Catalogue(sample.info(), sample.facts(),
        sample.parameters(), sample.regions(), sample.calendar(), List.of(householdOnly)));
    Decision d = strict.decide(living);
    assertThat(d.acceptance().outcome()).isEqualTo(Acceptance.Outcome.REFUSED);
    assertThat(d.acceptance().authority()).as("no territorial authority in the city").isEmpty();
    assertThat(d.acceptance().explanation().zh()).contains("110101001001").contains("不在本市");
    assertThat(d.acceptance().alternatives()).isEmpty();
  }

  @Test
  void aFailedConditionSettlesTheOutcomeEvenWithFactsMissing() {
    Decision d = engine.decide(Application.forItem(MINIMUM).fact("assetsWithinLimit", false).on(MONDAY).build());
    assertThat(d.status()).isEqualTo(io.github.tongban.rules.Status.INELIGIBLE);
    assertThat(d.nextQuestions()).isEmpty();
    assertThat(d.reasons()).anySatisfy(r -> {
      assertThat(r.kind()).isEqualTo(Reason.Kind.FAILED);
      assertThat(r.wording().zh()).isEqualTo("家庭财产状况符合当地规定");
    });
  }

  @Test
  void anEssentialMaterialIsNeverDeferredAndMustBeBrought() {
    Decision d = engine.decide(elderly(85).fact("agentApplies", true).at(JINCHUAN_TOWN).build());
    assertThat(d.scenarios()).extracting(ScenarioRef::id).containsExactly("agent");
    assertThat(d.materialsToBring()).extracting(MaterialDecision::id).containsExactly("agentIdCard");
    assertThat(d.materialsToBring().get(0).essential()).isTrue();
  }

  @Test
  void aMaterialRequiredOnlyWhenAConditionHoldsFollowsThatCondition() {
    Decision unknown = engine.decide(minimum().facts(java.util.Map.of()).build().with("disabledMember", true));
    assertThat(unknown.materials()).extracting(MaterialDecision::id).contains("disabilityCertificate");

    Application withoutAnswer = new Application(MINIMUM, new java.util.LinkedHashMap<>(minimum().build().facts()) {{
        remove("disabledMember");
      }}, Channel.at(JINCHUAN_TOWN), java.util.Optional.of(MONDAY));
    Decision conditional = engine.decide(withoutAnswer);
    assertThat(conditional.status()).isEqualTo(io.github.tongban.rules.Status.ELIGIBLE);
    MaterialDecision certificate = conditional.materials().stream().filter(m -> m.id().equals("disabilityCertificate")).findFirst().orElseThrow();
    assertThat(certificate.conditional()).isTrue();
    assertThat(certificate.status()).isEqualTo(Status.EXEMPT);
    assertThat(conditional.nextQuestions()).as("the status is settled").isEmpty();
    assertThat(conditional.followUpQuestions()).extracting(Question::fact).containsExactly("disabledMember");
    assertThat(certificate.condition().orElseThrow().zh()).startsWith("如");

    Decision notNeeded = engine.decide(minimum().at(JINCHUAN_TOWN).build());
    assertThat(notNeeded.materials()).extracting(MaterialDecision::id).doesNotContain("disabilityCertificate");
    assertThat(notNeeded.materialsToBring()).extracting(MaterialDecision::id).containsExactly("incomeStatement");
  }

  @Test
  void atHomeTheApplicationIsAcceptedAsUsualAndTheTerritorialAuthorityDecides() {
    Acceptance a = engine.decide(elderly(82).at(JINCHUAN_TOWN).build()).acceptance();
    assertThat(a.outcome()).isEqualTo(Outcome.ACCEPTED);
    assertThat(a.mode()).contains(Mode.LOCAL);
    assertThat(a.authority()).contains("金川区民政局");
    assertThat(a.point().orElseThrow().name()).isEqualTo("滨河路街道便民服务中心");
  }

  @Test
  void inTheOtherCountyTheItemsCrossRegionModeApplies() {
    Acceptance proxy = engine.decide(elderly(82).at(YONGCHANG_TOWN).build()).acceptance();
    assertThat(proxy.outcome()).isEqualTo(Outcome.ACCEPTED);
    assertThat(proxy.mode()).contains(Mode.PROXY);
    assertThat(proxy.authority()).as("still the applicant's own authority").contains("金川区民政局");

    assertThat(engine.decide(minimum().at(YONGCHANG_TOWN).build()).acceptance().mode()).contains(Mode.JOINT);

    Acceptance online = engine.decide(Application.forItem(MEDICAL).fact("householdRegion", JINCHUAN_HOME).at(YONGCHANG_TOWN).on(MONDAY).build()).acceptance();
    assertThat(online.mode()).contains(Mode.ONLINE);
    assertThat(online.authority()).contains("金川区医疗保障局");
  }

  @Test
  void onlineOnlyFullyOnlineItemsAreAccepted() {
    Acceptance yes = engine.decide(Application.forItem(MEDICAL).fact("householdRegion", JINCHUAN_HOME).online().on(MONDAY).build()).acceptance();
    assertThat(yes.outcome()).isEqualTo(Outcome.ACCEPTED);
    assertThat(yes.mode()).contains(Mode.ONLINE);

    Acceptance no = engine.decide(minimum().online().build()).acceptance();
    assertThat(no.outcome()).isEqualTo(Outcome.REFUSED);
    assertThat(no.explanation().zh()).contains("不能全程网办");
    assertThat(no.alternatives()).extracting(ServicePointRef::region).first().isEqualTo(JINCHUAN_TOWN);
  }

  @Test
  void aLocalOnlyItemIsRefusedElsewhereWithTheNearestPointsThatCanAcceptIt() {
    Application homestead = Application.forItem(HOMESTEAD).fact("householdRegion", "620321001001")
        .fact("villageCollectiveMember", true).fact("ownsHomestead", false).fact("age", 30).at("620321002").on(MONDAY).build();
    Acceptance a = engine.decide(homestead).acceptance();
    assertThat(a.outcome()).isEqualTo(Outcome.REFUSED);
    assertThat(a.mode()).isEmpty();
    assertThat(a.explanation().zh()).contains("属地办理");
    assertThat(a.alternatives()).extracting(ServicePointRef::region).containsExactly("620321001", "620321001001");
    assertThat(a.onlineAlternative()).isFalse();
    assertThat(engine.decide(homestead).status()).as("eligibility does not depend on the window").isEqualTo(io.github.tongban.rules.Status.ELIGIBLE);

    Acceptance atHome = engine.decide(new Application(HOMESTEAD, homestead.facts(), Channel.at("620321001001"), homestead.date())).acceptance();
    assertThat(atHome.outcome()).isEqualTo(Outcome.ACCEPTED);
    assertThat(atHome.authority()).contains("城关镇人民政府");
  }

  @Test
  void aPointAtALevelThatDoesNotHandleTheItemRefusesIt() {
    Acceptance a = engine.decide(Application.forItem(HOMESTEAD).fact("householdRegion", "620321001001").at("620321").on(MONDAY).build()).acceptance();
    assertThat(a.outcome()).isEqualTo(Outcome.REFUSED);
    assertThat(a.explanation().en()).contains("level");
  }

  @Test
  void withoutTheHouseholdRegionAcceptanceIsUndeterminedAndAsked() {
    Decision d = engine.decide(Application.forItem(ELDERLY).fact("age", 90).fact("agentApplies", false).at(JINCHUAN_TOWN).on(MONDAY).build());
    assertThat(d.acceptance().outcome()).isEqualTo(Outcome.UNDETERMINED);
    assertThat(d.nextQuestions()).extracting(Question::fact).containsExactly("householdRegion");
  }

  @Test
  void dueDatesSkipHolidaysAndCountMakeUpWorkingDays() {
    Timing t = engine.decide(elderly(82).at(JINCHUAN_TOWN).on(LocalDate.of(2026, 2, 12)).build()).timing();
    assertThat(t.promisedDays()).isEqualTo(5);
    // Fri 13, make-up Sat 14, then the festival 15-23, Tue 24, Wed 25, Thu 26
    assertThat(t.promisedDue()).isEqualTo(LocalDate.of(2026, 2, 26));
    assertThat(t.calendarKnown()).isTrue();

    Timing instant = engine.decide(Application.forItem(MEDICAL).fact("householdRegion", JINCHUAN_HOME).at(JINCHUAN_TOWN)
        .on(LocalDate.of(2026, 2, 14)).build()).timing();
    assertThat(instant.instant()).isTrue();
    assertThat(instant.promisedDue()).as("an instant item is due the same day").isEqualTo(LocalDate.of(2026, 2, 14));
  }

  @Test
  void theParameterInForceOnTheApplicationDateApplies() {
    Application income800 = minimum().fact("monthlyIncomePerCapita", new BigDecimal("800")).at(JINCHUAN_TOWN).build();
    Decision before = engine.decide(new Application(MINIMUM, income800.facts(), income800.channel(), java.util.Optional.of(LocalDate.of(2025, 12, 31))));
    Decision after = engine.decide(new Application(MINIMUM, income800.facts(), income800.channel(), java.util.Optional.of(LocalDate.of(2026, 1, 1))));
    assertThat(before.status()).as("780 yuan in 2025").isEqualTo(io.github.tongban.rules.Status.INELIGIBLE);
    assertThat(after.status()).as("810 yuan from 2026-01-01").isEqualTo(io.github.tongban.rules.Status.ELIGIBLE);
  }

  @Test
  void theDateDefaultsToTodayInTheCity() {
    Decision d = engine.decide(Application.forItem(ELDERLY).fact("age", 82).build());
    assertThat(d.timing().applicationDate()).isEqualTo(MONDAY);
  }

  @Test
  void aMalformedApplicationIsRefusedWithEveryProblemNamed() {
    Application bad = Application.forItem(ELDERLY).fact("agee", 82).fact("age", "eighty").fact("applicationKind", "续期")
        .fact("householdRegion", "62030A").at("000000").build();
    assertThatThrownBy(() -> engine.decide(bad)).isInstanceOfSatisfying(InvalidApplicationException.class, e ->
        assertThat(e.problems()).extracting(InvalidApplicationException.Problem::code, InvalidApplicationException.Problem::field)
            .containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("application.unknown-point", "channel"),
                org.assertj.core.groups.Tuple.tuple("application.unknown-fact", "agee"),
                org.assertj.core.groups.Tuple.tuple("application.wrong-type", "age"),
                org.assertj.core.groups.Tuple.tuple("application.not-allowed", "applicationKind"),
                org.assertj.core.groups.Tuple.tuple("application.malformed-region", "householdRegion")));
    assertThatThrownBy(() -> engine.decide(Application.forItem("NO-SUCH").build()))
        .isInstanceOf(InvalidApplicationException.class).hasMessageContaining("NO-SUCH");
    assertThatThrownBy(() -> engine.decide(Application.forItem(MEDICAL).on(LocalDate.of(2025, 6, 1)).build()))
        .isInstanceOfSatisfying(InvalidApplicationException.class, e ->
            assertThat(e.problems().get(0).message().zh()).contains("没有有效的版本"));
    assertThatThrownBy(() -> engine.decide(Application.forItem(ELDERLY).fact("age", 200).build()))
        .isInstanceOfSatisfying(InvalidApplicationException.class, e -> assertThat(e.problems().get(0).code()).isEqualTo("application.out-of-range"));
  }

  @Test
  void applicationsAreBoundedInFactsAndTextLength() {
    Application.Builder many = Application.forItem(ELDERLY);
    for (int i = 0; i <= 500; i++) {
      many.fact("f" + i, 1);
    }
    assertThatThrownBy(() -> engine.decide(many.build())).isInstanceOfSatisfying(InvalidApplicationException.class, e ->
        assertThat(e.problems()).singleElement().satisfies(p -> {
          assertThat(p.code()).isEqualTo("application.too-many-facts");
          assertThat(p.field()).isEqualTo("facts");
        }));
    assertThatThrownBy(() -> engine.decide(Application.forItem(ELDERLY).fact("applicationKind", "x".repeat(2_001)).build()))
        .isInstanceOfSatisfying(InvalidApplicationException.class, e -> {
          assertThat(e.problems().get(0).code()).isEqualTo("application.value-too-long");
          assertThat(e.problems().get(0).field()).isEqualTo("applicationKind");
        });
    assertThatThrownBy(() -> Application.forItem(ELDERLY).fact("age", List.of(1, 2)).build())
        .as("only scalar values: no lists, maps or objects").isInstanceOf(IllegalArgumentException.class).hasMessageContaining("age");
    // a short number with a huge exponent is refused before anything expands it to a billion digits
    org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(60), () -> // a hang guard, not a timing
        assertThatThrownBy(() -> engine.decide(Application.forItem(ELDERLY).fact("age", "1e999999999").build()))
            .isInstanceOfSatisfying(InvalidApplicationException.class, e -> assertThat(e.problems().get(0).field()).isEqualTo("age")));
    assertThatThrownBy(() -> engine.decide(Application.forItem(ELDERLY).fact("monthlyIncomePerCapita", new BigDecimal("1e-999999999")).build()))
        .isInstanceOf(InvalidApplicationException.class);
  }

  @Test
  void textAnswersAreTypedByTheDictionary() {
    Decision d = engine.decide(Application.forItem(ELDERLY).fact("age", "82").fact("householdRegion", JINCHUAN_HOME)
        .fact("agentApplies", "否").at(JINCHUAN_TOWN).on(MONDAY).build());
    assertThat(d.status()).isEqualTo(io.github.tongban.rules.Status.ELIGIBLE);
    assertThat(List.of(d.scenarios().get(0).id())).containsExactly("self");
  }
}
