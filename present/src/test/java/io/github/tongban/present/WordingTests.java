package io.github.tongban.present;

import static io.github.tongban.present.NoticesTests.CATALOGUE;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.tongban.core.LocalizedText;
import io.github.tongban.core.condition.Condition;
import io.github.tongban.core.model.Scenario;
import io.github.tongban.core.model.ServiceItem;
import io.github.tongban.rules.Decision;
import io.github.tongban.rules.ScenarioRef;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Conditions in words: the catalogue's text as written, or words from the fact dictionary, in
 * Chinese and in English; the same words the engine gives a decision's open conditions.
 */
class WordingTests {
  static ServiceItem item(String code) {
    return CATALOGUE.item(code).orElseThrow();
  }

  static Condition when(String code, String scenario) {
    return item(code).scenario(scenario).flatMap(Scenario::when).orElseThrow();
  }

  @Test
  void aComparisonWithoutTextIsWordedFromTheFactDictionary() {
    assertThat(Wording.of(CATALOGUE, when("620300-MZ-002", "agent"), Language.ZH)).isEqualTo("委托他人代办:是");
    assertThat(Wording.of(CATALOGUE, when("620300-MZ-002", "agent"), Language.EN)).isEqualTo("委托他人代办: yes");
    assertThat(Wording.of(CATALOGUE, when("620300-MZ-002", "self"), Language.EN)).isEqualTo("委托他人代办: no");
    assertThat(Wording.of(CATALOGUE, when("620300-GA-003", "renewal"), Language.ZH)).isEqualTo("换领原因 属于 有效期满、证件损坏");
    assertThat(Wording.of(CATALOGUE, when("620300-GA-003", "renewal"), Language.EN)).isEqualTo("换领原因 is one of 有效期满, 证件损坏");
  }

  @Test
  void theGuideWordsAConditionAsTheDecisionDoes() {
    Decision d = NoticesTests.decide("620300-MZ-002", "620321001", "2026-02-12", Map.of("age", 82, "householdRegion", "620302001001"));
    ScenarioRef agent = d.scenarios().stream().filter(s -> s.id().equals("agent")).findFirst().orElseThrow();
    assertThat(agent.condition()).hasValue(new LocalizedText("如" + Wording.of(CATALOGUE, when("620300-MZ-002", "agent"), Language.ZH),
        "if " + Wording.of(CATALOGUE, when("620300-MZ-002", "agent"), Language.EN)));
  }

  @Test
  void theConditionTreeIsNestedLinesWithTheBasisItCites() {
    ServiceItem mz001 = item("620300-MZ-001");
    List<String> zh = Wording.lines(CATALOGUE, mz001, mz001.conditions().orElseThrow(), Language.ZH);
    List<String> en = Wording.lines(CATALOGUE, mz001, mz001.conditions().orElseThrow(), Language.EN);
    assertThat(zh).hasSameSizeAs(en).anyMatch(l -> l.contains("持有本市户籍(《社会救助暂行办法》第九条)"));
    assertThat(en).anyMatch(l -> l.contains("持有本市户籍 (《社会救助暂行办法》第九条)"));
    assertThat(String.join("\n", en)).doesNotContain("满足", "等于", "属于", "位于");
    assertThat(CatalogueText.chineseOutsideCatalogue(String.join("\n", en), CATALOGUE)).isEmpty();
  }
}
