package io.github.tongban.present;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.tongban.core.LocalizedText;
import io.github.tongban.core.load.LoadResult;
import io.github.tongban.core.validation.Problem;
import io.github.tongban.core.validation.ProblemCode;
import io.github.tongban.core.validation.Severity;
import io.github.tongban.core.validation.SourceLocation;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/** Every problem format keeps catalogue text and file names as data: no forged line, CI command, escape or broken XML. */
class ProblemFormatTests {
  static final String FORGED = "名称\n::error file=x,line=1::forged \u001B[31mred\u001B[0m \u001B]8;;https://evil.example/\u001B\\link\u001B]8;;\u001B\\ \u202Eabc \uFFFF";
  static final String FILE = "items/a,b:c\n::warning file=y::z.yaml";

  static LoadResult broken() {
    return new LoadResult(Optional.empty(), List.of(
        new Problem(ProblemCode.SCHEMA_ENUM, Severity.ERROR, new SourceLocation(FILE, 3, 5, "/name"),
            new LocalizedText("事项名称有误:" + FORGED, "bad item name: " + FORGED), new LocalizedText("改正" + FORGED, "fix " + FORGED)),
        new Problem(ProblemCode.CATALOGUE_UNKNOWN_FILE, Severity.WARNING, SourceLocation.ofFile("::error file=x,line=1::forged.txt"),
            new LocalizedText("未知文件", "unknown file"), new LocalizedText("删除", "remove it"))));
  }

  static void assertNoForgedLine(String output) {
    assertThat(output.lines()).as(output)
        .noneMatch(l -> l.strip().startsWith("::error file=x") || l.strip().startsWith("::warning file=y"))
        .noneMatch(l -> l.contains("\u001B") || l.contains("\u202E") || l.contains("\uFFFF") || l.contains("##["));
  }

  @Test
  void noFormatLetsCatalogueTextForgeALine() {
    for (ProblemFormat format : ProblemFormat.values()) {
      for (Language language : Language.values()) {
        assertNoForgedLine(format.render(broken(), Optional.of(Path.of("catalogue")), language));
      }
    }
  }

  @Test
  void githubAnnotationsAreOneCommandPerProblemWithEscapedProperties() {
    String out = ProblemFormat.GITHUB.render(broken(), Optional.of(Path.of("cat")), Language.ZH);
    List<String> lines = out.lines().toList();
    assertThat(lines).hasSize(2);
    Map<String, String> error = properties(lines.get(1));
    assertThat(lines.get(1)).startsWith("::error file=");
    assertThat(error).containsEntry("file", "cat/items/a,b:c ::warning file=y::z.yaml").containsEntry("line", "3")
        .containsEntry("col", "5").containsEntry("title", "schema.enum");
    assertThat(data(lines.get(1))).startsWith("事项名称有误:名称 ::error file=x,line=1::forged red link abc \uFFFD 改正");
    assertThat(lines.get(0)).startsWith("::warning file=cat/%3A%3Aerror file=x%2Cline=1%3A%3Aforged.txt,title=catalogue.unknown-file::");
  }

  /** The properties of a workflow command, read as the runner reads them. */
  static Map<String, String> properties(String line) {
    String info = line.substring(2, line.indexOf("::", 2));
    Map<String, String> props = new java.util.LinkedHashMap<>();
    for (String pair : info.substring(info.indexOf(' ') + 1).split(",")) {
      String[] kv = pair.split("=", 2);
      props.put(kv[0], kv[1].replace("%0D", "\r").replace("%0A", "\n").replace("%3A", ":").replace("%2C", ",").replace("%25", "%"));
    }
    return props;
  }

  static String data(String line) {
    return line.substring(line.indexOf("::", 2) + 2).replace("%0D", "\r").replace("%0A", "\n").replace("%25", "%");
  }

  @Test
  void junitXmlParsesWhateverTheProblemsHold() throws Exception {
    var doc = XmlTests.parse(ProblemFormat.JUNIT.render(broken(), Optional.of(Path.of("cat")), Language.EN));
    assertThat(doc.getDocumentElement().getAttribute("tests")).isEqualTo("2");
    assertThat(doc.getDocumentElement().getAttribute("failures")).isEqualTo("1");
    Element failure = (Element) doc.getElementsByTagName("failure").item(0);
    assertThat(failure.getAttribute("type")).isEqualTo("schema.enum");
    assertThat(failure.getAttribute("message")).startsWith("bad item name: 名称 ::error").doesNotContain("\n");
    assertThat(failure.getTextContent()).startsWith("cat/items/a,b:c ::warning file=y::z.yaml:3:5: bad item name");
    assertThat(doc.getElementsByTagName("system-out").item(0).getTextContent()).startsWith("warning cat/::error");
  }

  @Test
  void sarifHoldsNeutralMessagesAndPercentEncodedUris() throws Exception {
    JsonNode sarif = new ObjectMapper().readTree(ProblemFormat.SARIF.render(broken(), Optional.of(Path.of("my cat")), Language.EN));
    JsonNode result = sarif.get("runs").get(0).get("results").get(1);
    assertThat(result.get("message").get("text").asText()).startsWith("bad item name: 名称 ::error file=x,line=1::forged red link abc \uFFFD fix");
    JsonNode artifact = result.get("locations").get(0).get("physicalLocation").get("artifactLocation");
    assertThat(artifact.get("uri").asText()).isEqualTo("items/a,b%3Ac%20%3A%3Awarning%20file=y%3A%3Az.yaml");
    assertThat(artifact.get("uriBaseId").asText()).isEqualTo("CATALOGUE_ROOT");
    assertThat(sarif.get("runs").get(0).get("originalUriBaseIds").get("CATALOGUE_ROOT").get("uri").asText())
        .isEqualTo(Path.of("my cat").toAbsolutePath().toUri() + "/").startsWith("file:///").endsWith("/my%20cat/");
    assertThat(Sarif.uri("项目/a#b?c%d")).isEqualTo("%E9%A1%B9%E7%9B%AE/a%23b%3Fc%25d");
  }

  @Test
  void jsonHoldsNeutralStringsInBothLanguages() throws Exception {
    JsonNode json = new ObjectMapper().readTree(ProblemFormat.JSON.render(broken(), Optional.empty(), Language.ZH));
    JsonNode p = json.get("problems").get(1);
    assertThat(p.get("file").asText()).isEqualTo("items/a,b:c ::warning file=y::z.yaml");
    assertThat(p.get("message").get("en").asText()).isEqualTo("bad item name: 名称 ::error file=x,line=1::forged red link abc \uFFFD");
    assertThat(p.get("message").get("zh").asText()).startsWith("事项名称有误:名称");
    assertThat(json.get("valid").asBoolean()).isFalse();
  }

  @Test
  void textIsOneLinePerProblemAndItsHintInTheRunsLanguage() {
    String zh = ProblemFormat.TEXT.render(broken(), Optional.of(Path.of("cat")), Language.ZH);
    assertThat(zh.lines().toList()).hasSize(5).element(2).asString()
        .startsWith("items/a,b:c ::warning file=y::z.yaml:3:5: 错误 schema.enum:事项名称有误:名称 ::error");
    assertThat(zh).contains("    提示:改正名称").endsWith("cat:未加载,1 个错误,1 个警告\n");
    assertThat(zh.lines().toList().get(0)).as("a file name cannot start a CI command").startsWith(":\u200B:error file=x");
    String en = ProblemFormat.TEXT.render(broken(), Optional.empty(), Language.EN);
    assertThat(en).contains(": error schema.enum: bad item name").contains("    hint: fix").endsWith("the bundled sample: not loaded, 1 error(s), 1 warning(s)\n");
  }

  @Test
  void formatsAreNamedAsOnTheCommandLine() {
    assertThat(ProblemFormat.of("SARIF")).contains(ProblemFormat.SARIF);
    assertThat(ProblemFormat.of("xml")).isEmpty();
    assertThat(ProblemFormat.ids(Language.EN)).isEqualTo("text, json, junit, sarif, github");
    assertThat(ProblemFormat.ids(Language.ZH)).isEqualTo("text、json、junit、sarif、github");
  }
}
