package io.github.tongban.present;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.tongban.core.scenario.Expectation;
import io.github.tongban.core.scenario.ScenarioTest;
import io.github.tongban.rules.ScenarioRunner;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/** Scenario test results in every format: the summary in the run's language, and test names and failures kept as data. */
class TestFormatTests {
  static final String NAME = "老人\n::error file=x,line=1::forged \u0001\uFFFF\u202E";

  static List<ScenarioRunner.Outcome> outcomes() {
    Expectation eligible = new Expectation("eligible", Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.empty(), Optional.empty());
    ScenarioTest passing = new ScenarioTest("tests/a.test.yaml", 4, "620300-MZ-002", "八十岁", Optional.empty(), Optional.empty(), Map.of(), eligible);
    ScenarioTest failing = new ScenarioTest("tests/a.test.yaml", 9, "620300-MZ-002", NAME, Optional.empty(), Optional.empty(), Map.of(), eligible);
    return List.of(new ScenarioRunner.Outcome(passing, List.of()),
        new ScenarioRunner.Outcome(failing, List.of("期望原因 [x\n::error file=x::y] 在实际原因 [] 之中", "期望结论 eligible,实际 ineligible")));
  }

  @Test
  void noFormatLetsATestNameOrFailureForgeALine() {
    for (TestFormat format : TestFormat.values()) {
      for (Language language : Language.values()) {
        ProblemFormatTests.assertNoForgedLine(format.render(outcomes(), Optional.of(Path.of("cat")), language));
      }
    }
  }

  @Test
  void textListsFailuresThenTheSummaryInTheRunsLanguage() {
    assertThat(TestFormat.TEXT.render(outcomes(), Optional.empty(), Language.ZH).lines().toList()).containsExactly(
        "tests/a.test.yaml:9:失败 老人 ::error file=x,line=1::forged \uFFFD",
        "    期望原因 [x ::error file=x::y] 在实际原因 [] 之中",
        "    期望结论 eligible,实际 ineligible",
        "通过 1 个,失败 1 个");
    assertThat(TestFormat.TEXT.render(outcomes(), Optional.empty(), Language.EN)).contains("tests/a.test.yaml:9: FAILED 老人").endsWith("1 passed, 1 failed\n");
  }

  @Test
  void junitXmlParsesWhateverTheTestsAreCalled() throws Exception {
    var doc = XmlTests.parse(TestFormat.JUNIT.render(outcomes(), Optional.of(Path.of("cat")), Language.ZH));
    assertThat(doc.getDocumentElement().getAttribute("tests")).isEqualTo("2");
    assertThat(doc.getDocumentElement().getAttribute("failures")).isEqualTo("1");
    Element failed = (Element) doc.getElementsByTagName("testcase").item(1);
    assertThat(failed.getAttribute("classname")).isEqualTo("cat/tests/a.test.yaml");
    assertThat(failed.getAttribute("name")).isEqualTo("cat/tests/a.test.yaml:9 老人 ::error file=x,line=1::forged \uFFFD");
    Element failure = (Element) failed.getElementsByTagName("failure").item(0);
    assertThat(failure.getAttribute("message")).isEqualTo("期望原因 [x ::error file=x::y] 在实际原因 [] 之中");
    assertThat(failure.getTextContent().lines()).hasSize(2);
  }

  @Test
  void githubAnnotatesEachFailedTestOnItsLine() {
    List<String> lines = TestFormat.GITHUB.render(outcomes(), Optional.of(Path.of("cat")), Language.EN).lines().toList();
    assertThat(lines).hasSize(2);
    assertThat(ProblemFormatTests.properties(lines.get(0))).containsEntry("file", "cat/tests/a.test.yaml").containsEntry("line", "9")
        .containsEntry("title", "老人 ::error file=x,line=1::forged \uFFFD");
    assertThat(ProblemFormatTests.data(lines.get(0))).isEqualTo("期望原因 [x ::error file=x::y] 在实际原因 [] 之中\n期望结论 eligible,实际 ineligible");
    assertThat(lines.get(1)).isEqualTo("1 passed, 1 failed");
  }

  @Test
  void jsonCountsAndListsEveryTest() throws Exception {
    JsonNode json = new ObjectMapper().readTree(TestFormat.JSON.render(outcomes(), Optional.empty(), Language.ZH));
    assertThat(json.get("passed").asInt()).isEqualTo(1);
    assertThat(json.get("failed").asInt()).isEqualTo(1);
    assertThat(json.get("results").get(1).get("name").asText()).isEqualTo("老人 ::error file=x,line=1::forged \uFFFD");
    assertThat(json.get("results").get(1).get("failures")).hasSize(2);
  }
}
