package io.github.tongban.core.load;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tongban.core.Fixtures;
import io.github.tongban.core.validation.Problem;
import io.github.tongban.core.validation.ProblemCode;
import io.github.tongban.core.validation.Severity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Scenario coverage at load: {@code scenario.never-applies} and {@code scenario.no-scenario-applies}
 * are warnings, decided over every possible answer and every date on which a parameter the item
 * uses changes its value; the gap names its witnesses in words.
 */
class ScenarioCoverageTests {
  private static final String BASE_SCENARIOS = """
      scenarios:
        - id: first
          name: 首次申请
          when: {fact: kind, op: eq, value: 首次申请}
          materials: [idCard, form]
        - id: change
          name: 变更
          when: {fact: kind, op: eq, value: 变更}
          materials: [idCard]
      """;

  /** The base catalogue with the base item's scenarios replaced by {@code scenarios}, and {@code from} by {@code to} in the item. */
  private static List<Problem> load(Path dir, String scenarios, String from, String to) throws IOException {
    Fixtures.copyBase(dir);
    Path item = dir.resolve("items/T-001.yaml");
    String text = Files.readString(item, StandardCharsets.UTF_8);
    assertThat(text).contains(BASE_SCENARIOS);
    text = text.replace(BASE_SCENARIOS, scenarios).replace(from, to);
    Files.writeString(item, text, StandardCharsets.UTF_8);
    LoadResult result = CatalogueLoader.withDefaults().load(dir);
    assertThat(result.errors()).as("coverage problems are warnings only").isEmpty();
    assertThat(result.isValid()).isTrue();
    return result.problems();
  }

  private static List<Problem> load(Path dir, String scenarios) throws IOException {
    return load(dir, scenarios, "", "");
  }

  private static List<Problem> ofCode(List<Problem> problems, ProblemCode code) {
    return problems.stream().filter(p -> p.code() == code).toList();
  }

  @Test
  void theCodesAreStableWarnings() {
    assertThat(ProblemCode.SCENARIO_NEVER_APPLIES.code()).isEqualTo("scenario.never-applies");
    assertThat(ProblemCode.SCENARIO_GAP.code()).isEqualTo("scenario.no-scenario-applies");
    assertThat(ProblemCode.SCENARIO_NEVER_APPLIES.severity()).isEqualTo(Severity.WARNING);
    assertThat(ProblemCode.SCENARIO_GAP.severity()).isEqualTo(Severity.WARNING);
  }

  @Test
  void theBaseItemCoversEveryAnswer() {
    assertThat(CatalogueLoader.withDefaults().load(Fixtures.base()).problems()).isEmpty();
  }

  @Test
  void aGapNamesTheValuesOfTheFactsTheWhensReadAndOnlyThoseThatMatter(@TempDir Path dir) throws IOException {
    List<Problem> problems = load(dir, """
        scenarios:
          - id: first
            name: 首次申请
            when: {all: [{fact: kind, op: eq, value: 首次申请}, {fact: agent, op: eq, value: false}]}
            materials: [idCard, form]
          - id: change
            name: 变更
            when: {fact: kind, op: eq, value: 变更}
            materials: [idCard]
        """);
    assertThat(problems).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo(ProblemCode.SCENARIO_GAP);
      assertThat(p.location().file()).isEqualTo("items/T-001.yaml");
      assertThat(p.location().pointer()).isEqualTo("/scenarios");
      assertThat(p.location().line()).isEqualTo(29);
      assertThat(p.message().zh()).isEqualTo("没有任何办理情形适用于:kind=首次申请,agent=是。");
      assertThat(p.message().en()).isEqualTo("No scenario applies to: kind=首次申请, agent=true.");
    });
  }

  @Test
  void aFactThatDoesNotMatterIsLeftOutOfTheWitness(@TempDir Path dir) throws IOException {
    // the whens read agent first, but kind=变更 is uncovered whatever agent says: agent is not named
    List<Problem> problems = load(dir, """
        scenarios:
          - id: first
            name: 首次申请
            when: {all: [{fact: agent, op: eq, value: false}, {fact: kind, op: eq, value: 首次申请}]}
            materials: [idCard, form]
          - id: firstAgent
            name: 代办首次申请
            when: {all: [{fact: agent, op: eq, value: true}, {fact: kind, op: eq, value: 首次申请}]}
            materials: [idCard]
        """);
    assertThat(problems).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo(ProblemCode.SCENARIO_GAP);
      assertThat(p.message().en()).isEqualTo("No scenario applies to: kind=变更.");
      assertThat(p.message().zh()).isEqualTo("没有任何办理情形适用于:kind=变更。");
    });
  }

  @Test
  void atMostThreeWitnessesAreNamed(@TempDir Path dir) throws IOException {
    List<Problem> problems = load(dir, """
        scenarios:
          - id: first
            name: 首次申请
            when:
              all:
                - {fact: kind, op: eq, value: 首次申请}
                - any:
                    - {fact: age, op: lt, value: 20}
                    - all: [{fact: age, op: ge, value: 30}, {fact: age, op: lt, value: 40}]
                    - all: [{fact: age, op: ge, value: 50}, {fact: age, op: lt, value: 60}]
                    - all: [{fact: age, op: ge, value: 70}, {fact: age, op: lt, value: 80}]
            materials: [idCard, form]
          - id: change
            name: 变更
            when: {fact: kind, op: eq, value: 变更}
            materials: [idCard]
        """);
    assertThat(problems).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo(ProblemCode.SCENARIO_GAP);
      assertThat(p.message().en())
          .isEqualTo("No scenario applies to: kind=首次申请, age=20; kind=首次申请, age=40; kind=首次申请, age=60; ….");
      assertThat(p.message().zh()).isEqualTo("没有任何办理情形适用于:kind=首次申请,age=20;kind=首次申请,age=40;kind=首次申请,age=60 等。");
    });
  }

  @Test
  void aScenarioWithoutWhenLeavesNoGap(@TempDir Path dir) throws IOException {
    List<Problem> problems = load(dir, """
        scenarios:
          - id: first
            name: 首次申请
            when: {all: [{fact: kind, op: eq, value: 首次申请}, {fact: agent, op: eq, value: false}]}
            materials: [idCard, form]
          - id: change
            name: 其他
            materials: [idCard]
        """);
    assertThat(problems).isEmpty();
  }

  @Test
  void answersTheItemsConditionsExcludeAreNoGap(@TempDir Path dir) throws IOException {
    // age lt 18 is uncovered, but the item's conditions require age ge 18
    List<Problem> problems = load(dir, """
        scenarios:
          - id: adult
            name: 成年人申请
            when: {fact: age, op: ge, value: 18}
            materials: [idCard, form]
        """);
    assertThat(problems).isEmpty();
  }

  @Test
  void aScenarioThatNeverAppliesIsReportedAtItsWhen(@TempDir Path dir) throws IOException {
    List<Problem> problems = load(dir, BASE_SCENARIOS + """
          - id: minor
            name: 未成年人申请
            when: {fact: age, op: lt, value: 18}
            materials: [idCard]
        """);
    assertThat(problems).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo(ProblemCode.SCENARIO_NEVER_APPLIES);
      assertThat(p.location().pointer()).isEqualTo("/scenarios/2/when");
      assertThat(p.message().zh()).contains("「minor」");
      assertThat(p.message().en()).contains("\"minor\"");
    });
  }

  @Test
  void aScenarioWhoseOwnConditionsContradictIsReportedAtTheScenario(@TempDir Path dir) throws IOException {
    List<Problem> problems = load(dir, BASE_SCENARIOS + """
          - id: senior
            name: 老年人申请
            when: {fact: age, op: ge, value: 60}
            conditions: {fact: age, op: lt, value: 50}
            materials: [idCard]
        """);
    assertThat(problems).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo(ProblemCode.SCENARIO_NEVER_APPLIES);
      assertThat(p.location().pointer()).isEqualTo("/scenarios/2");
    });
  }

  @Test
  void everyDateOnWhichAParameterChangesIsExamined(@TempDir Path dir) throws IOException {
    // income le minLiving: 700 in 2025, 760 from 2026. "above 730" can apply from 2026 only, "above 770" never;
    // "at most 700" covers every eligible income in 2025 but leaves (700, 730] and, unless kind=变更, (730, 760]
    // uncovered from 2026 (715 and 745 stand for these classes)
    List<Problem> problems = load(dir, """
        scenarios:
          - id: low
            name: 低收入
            when: {fact: income, op: le, value: 700}
            materials: [idCard, form]
          - id: higher
            name: 较高收入
            when: {all: [{fact: income, op: gt, value: 730}, {fact: kind, op: eq, value: 变更}]}
            materials: [idCard]
          - id: highest
            name: 最高收入
            when: {fact: income, op: gt, value: 770}
            materials: [idCard]
        """);
    assertThat(ofCode(problems, ProblemCode.SCENARIO_NEVER_APPLIES)).singleElement()
        .satisfies(p -> assertThat(p.location().pointer()).isEqualTo("/scenarios/2/when"));
    assertThat(ofCode(problems, ProblemCode.SCENARIO_GAP)).singleElement()
        .satisfies(p -> assertThat(p.message().en()).isEqualTo("No scenario applies to: income=715; income=745, kind=首次申请."));
  }

  @Test
  void onlyTheDatesOfTheItemsValidityCount(@TempDir Path dir) throws IOException {
    // in force in 2025 only, where minLiving is 700: "at most 700" covers everything, "above 730" never applies
    List<Problem> problems = load(dir, """
        scenarios:
          - id: low
            name: 低收入
            when: {fact: income, op: le, value: 700}
            materials: [idCard, form]
          - id: higher
            name: 较高收入
            when: {fact: income, op: gt, value: 730}
            materials: [idCard]
        """, "  from: 2025-01-01\n", "  from: 2025-01-01\n  to: 2025-12-31\n");
    assertThat(problems).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo(ProblemCode.SCENARIO_NEVER_APPLIES);
      assertThat(p.location().pointer()).isEqualTo("/scenarios/1/when");
    });
  }

  @Test
  void tooManyCombinationsReportTheGapWithoutWitnesses(@TempDir Path dir) throws IOException {
    // 42 classes of age, 42 of income, 2 of kind, 2 of agent: more than 4,096 combinations
    StringBuilder ages = new StringBuilder();
    StringBuilder incomes = new StringBuilder();
    for (int i = 0; i < 40; i++) {
      ages.append(i == 0 ? "" : ", ").append("{fact: age, op: eq, value: %d}".formatted(20 + i));
      incomes.append(i == 0 ? "" : ", ").append("{fact: income, op: eq, value: %d}".formatted(10 * (i + 1)));
    }
    List<Problem> problems = load(dir, """
        scenarios:
          - id: first
            name: 首次申请
            when: {all: [{fact: agent, op: eq, value: true}, {any: [%s]}]}
            materials: [idCard, form]
          - id: change
            name: 变更
            when: {all: [{fact: agent, op: eq, value: true}, {fact: kind, op: eq, value: 变更}, {any: [%s]}]}
            materials: [idCard]
        """.formatted(ages, incomes));
    assertThat(problems).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo(ProblemCode.SCENARIO_GAP);
      assertThat(p.message().en()).isEqualTo("No scenario applies to: some answers that meet the item's conditions (too many combinations to list them).");
      assertThat(p.message().zh()).contains("组合过多");
    });
  }
}
