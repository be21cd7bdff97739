package io.github.tongban.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tongban.core.load.CatalogueLoader;
import io.github.tongban.core.load.ScenarioTestLoader;
import io.github.tongban.core.scenario.Expectation;
import io.github.tongban.core.scenario.ScenarioSuite;
import io.github.tongban.core.scenario.ScenarioTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The runner compares every part a test names, exactly, and words its failures in zh-CN or en. */
class ScenarioRunnerTests {
  private static DecisionEngine engine;

  @BeforeAll
  static void engine() {
    engine = DecisionEngine.of(CatalogueLoader.withDefaults().load(SampleScenarioTests.SAMPLE).orElseThrow());
  }

  private static ScenarioSuite load(Path folder, String yaml) throws IOException {
    Files.createDirectories(folder.resolve("tests"));
    Files.writeString(folder.resolve("tests/t.test.yaml"), yaml, StandardCharsets.UTF_8);
    return ScenarioTestLoader.withDefaults().load(folder);
  }

  private static final String HEAD = """
      item: 620300-MZ-002
      tests:
        - name: 金川区户籍到永昌县申请,代办情况未知
          date: 2026-03-02
          at: "620321001"
          facts: {age: 82, householdRegion: "620302001001"}
          expect:
      """;

  @Test
  void everyNewKeyIsReadAndPassesOnTheDecisionItDescribes(@TempDir Path dir) throws IOException {
    ScenarioSuite suite = load(dir, HEAD + """
              status: eligible
              reasons: [年满80周岁]
              reasonMentions: [82 周岁, "80 周岁(自 2026-01-01 起)"]
              questions: []
              followUps: [agentApplies]
              scenarios: [self, agent]
              conditionalScenarios: [agent, self]
              materials: {idCard: exempt, bankCard: deferrable, agentIdCard: required}
              conditional: [agentIdCard]
              acceptance: accepted
              mode: proxy
              authority: 金川区民政局
              alternatives: []
              due: 2026-03-09
              statutoryDue: 2026-03-30
        """);
    assertThat(suite.problems()).isEmpty();
    Expectation x = suite.tests().get(0).expect();
    assertThat(x.authority()).contains("金川区民政局");
    assertThat(x.statutoryDue()).contains(LocalDate.of(2026, 3, 30));
    assertThat(x.conditional()).contains(List.of("agentIdCard"));
    assertThat(x.alternatives()).contains(List.of());
    assertThat(new ScenarioRunner(engine, LocalDate.of(2026, 3, 2), Locale.SIMPLIFIED_CHINESE).run(suite.tests().get(0)).failures()).isEmpty();
  }

  @Test
  void failuresFollowTheLanguage(@TempDir Path dir) throws IOException {
    ScenarioSuite suite = load(dir, HEAD + """
              status: eligible
              reasonMentions: [81 周岁]
              questions: [agentApplies]
              conditional: []
              mode: online
              authority: 永昌县民政局
              alternatives: ["620302"]
              statutoryDue: 2026-03-31
        """);
    ScenarioTest test = suite.tests().get(0);
    assertThat(new ScenarioRunner(engine, LocalDate.of(2026, 3, 2), Locale.SIMPLIFIED_CHINESE).run(test).failures())
        .hasSize(7)
        .contains("期望办理方式 online,实际 proxy", "期望决定机关 永昌县民政局,实际 金川区民政局",
            "期望其他可受理网点 [620302],实际 []", "期望法定办结日期 2026-03-31,实际 2026-03-30",
            "期望下一步询问 [agentApplies](不计顺序),实际 []:缺少 [agentApplies],多出 []",
            "期望待定材料 [](不计顺序),实际 [agentIdCard]:缺少 [],多出 [agentIdCard]")
        .anyMatch(f -> f.startsWith("期望有原因提到「81 周岁」,实际原因 ["));
    assertThat(new ScenarioRunner(engine, LocalDate.of(2026, 3, 2), Locale.ENGLISH).run(test).failures())
        .contains("expected mode online, got proxy", "expected authority 永昌县民政局, got 金川区民政局",
            "expected statutory due date 2026-03-31, got 2026-03-30");
    assertThat(new ScenarioRunner(engine, LocalDate.of(2026, 3, 2)).run(test).failures())
        .as("the first constructor keeps English").contains("expected mode online, got proxy");
  }

  @Test
  void questionsAreASetExactly(@TempDir Path dir) throws IOException {
    String head = """
        item: 620300-MZ-001
        tests:
          - name: 只知道户籍地
            date: 2026-03-02
            at: "620302002"
            facts: {householdRegion: "620302002003"}
            expect:
              status: needs-info
        """;
    ScenarioRunner runner = new ScenarioRunner(engine, LocalDate.of(2026, 3, 2), Locale.ENGLISH);
    ScenarioSuite reversed = load(dir, head + "      questions: [assetsWithinLimit, monthlyIncomePerCapita, householdType]\n");
    assertThat(runner.run(reversed.tests().get(0)).failures()).as("any order").isEmpty();
    ScenarioSuite fewer = load(dir, head + "      questions: [householdType, monthlyIncomePerCapita]\n");
    assertThat(runner.run(fewer.tests().get(0)).failures()).as("not a subset")
        .containsExactly("expected questions [householdType, monthlyIncomePerCapita] (in any order), "
            + "got [householdType, monthlyIncomePerCapita, assetsWithinLimit]: missing [], unexpected [assetsWithinLimit]");
  }

  @Test
  void aQuestionMarkSuffixIsNotAMaterialStatus(@TempDir Path dir) throws IOException {
    ScenarioSuite suite = load(dir, HEAD + """
              status: eligible
              materials:
                agentIdCard: required?
        """);
    assertThat(suite.problems()).as("conditional materials are listed under conditional").isNotEmpty();
  }

  @Test
  void aRefusalAndTheLatestDueDatesCanBeExpected(@TempDir Path dir) throws IOException {
    io.github.tongban.core.model.SpecialProcedure review = new io.github.tongban.core.model.SpecialProcedure(
        io.github.tongban.core.model.SpecialProcedureKind.EXPERT_REVIEW, java.util.Optional.empty(), 20,
        io.github.tongban.core.model.DayUnit.WORKING_DAYS, java.util.Optional.empty(), java.util.Optional.empty(), false);
    DecisionEngine withReview = DecisionEngine.of(ItemElementsDecisionTests.sampleWith(java.util.Map.of("specialProcedures", List.of(review))));
    ScenarioSuite latest = load(dir, HEAD + """
              status: eligible
              due: 2026-03-09
              latestDue: 2026-04-07
              latestStatutoryDue: 2026-04-28
        """);
    assertThat(latest.problems()).isEmpty();
    ScenarioRunner runner = new ScenarioRunner(withReview, LocalDate.of(2026, 3, 2), Locale.ENGLISH);
    assertThat(runner.run(latest.tests().get(0)).failures()).as("清明节 04-04..06 skipped").isEmpty();
    assertThat(new ScenarioRunner(engine, LocalDate.of(2026, 3, 2), Locale.ENGLISH).run(latest.tests().get(0)).failures())
        .as("an item without special procedures has no latest due date")
        .containsExactly("expected latest promised due date 2026-04-07, got none", "expected latest statutory due date 2026-04-28, got none");

    DecisionEngine suspended = DecisionEngine.of(ItemElementsDecisionTests.sampleWith(
        java.util.Map.of("status", io.github.tongban.core.model.ItemStatus.SUSPENDED)));
    ScenarioSuite refused = load(dir, HEAD + """
              status: refused
              problem: application.item-suspended
        """);
    assertThat(refused.problems()).isEmpty();
    assertThat(new ScenarioRunner(suspended, LocalDate.of(2026, 3, 2), Locale.ENGLISH).run(refused.tests().get(0)).failures()).isEmpty();
    assertThat(new ScenarioRunner(engine, LocalDate.of(2026, 3, 2), Locale.ENGLISH).run(refused.tests().get(0)).failures())
        .as("an item in use is decided, not refused").containsExactly("expected status refused, got eligible");
    ScenarioSuite cancelled = load(dir, HEAD + """
              status: refused
              problem: application.item-cancelled
        """);
    assertThat(new ScenarioRunner(suspended, LocalDate.of(2026, 3, 2), Locale.SIMPLIFIED_CHINESE).run(cancelled.tests().get(0)).failures())
        .containsExactly("期望申请因 application.item-cancelled 被拒绝,实际问题为 [application.item-suspended]");
  }
}
