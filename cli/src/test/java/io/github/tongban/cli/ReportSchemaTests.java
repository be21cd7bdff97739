package io.github.tongban.cli;

import static io.github.tongban.cli.CliTests.copySample;
import static io.github.tongban.cli.CliTests.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialects;
import io.github.tongban.core.validation.ProblemCode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * The SARIF and JUnit reports pass the schemas real consumers check them against (vendored under
 * {@code reports/}, see its README): the official SARIF 2.1.0 JSON schema, and Jenkins' junit-10.xsd.
 * The catalogue sits in a folder whose name has a space, Chinese characters and {@code %}, and one of
 * its files too, so that a raw path would break the schema's {@code uri-reference}.
 */
class ReportSchemaTests {
  private static final String AWKWARD_FOLDER = "目录 100% 样例";
  private static final String AWKWARD_FILE = "items/620300-MZ-002 副本%.yaml";

  /** A copy of the sample with an error (a promise over the statutory limit) and an item copied under an awkward name. */
  private static Path brokenCatalogue(Path dir) throws IOException {
    Path catalogue = dir.resolve(AWKWARD_FOLDER);
    copySample(catalogue);
    Path item = catalogue.resolve("items/620300-MZ-002.yaml");
    Files.writeString(item, Files.readString(item).replace("promised: 5", "promised: 50"));
    Files.copy(item, catalogue.resolve(AWKWARD_FILE));
    return catalogue;
  }

  @Test
  void sarifFromAnAwkwardFolderIsValidSarifWhoseUrisLeadToTheFiles(@TempDir Path dir) throws Exception {
    Path catalogue = brokenCatalogue(dir);
    CliTests.Run r = run("validate", catalogue.toString(), "--format", "sarif", "--lang", "en");
    assertThat(r.exit()).isEqualTo(ExitCodes.FAILURE);
    JsonNode sarif = new ObjectMapper().readTree(r.out());
    assertThat(sarifErrors(sarif)).isEmpty();

    JsonNode run = sarif.get("runs").get(0);
    String base = run.get("originalUriBaseIds").get("CATALOGUE_ROOT").get("uri").asText();
    assertThat(base).startsWith("file:///").endsWith("/").contains("%20100%25%20").doesNotContain(" ");
    assertThat(Path.of(URI.create(base))).isEqualTo(catalogue.toAbsolutePath());
    List<String> uris = new ArrayList<>();
    for (JsonNode result : run.get("results")) {
      JsonNode artifact = result.get("locations").get(0).get("physicalLocation").get("artifactLocation");
      assertThat(artifact.get("uriBaseId").asText()).isEqualTo("CATALOGUE_ROOT");
      String uri = artifact.get("uri").asText();
      uris.add(uri);
      assertThat(Path.of(URI.create(base).resolve(uri))).as("%s resolved against the catalogue root", uri).isRegularFile();
    }
    assertThat(uris).contains("items/620300-MZ-002%20%E5%89%AF%E6%9C%AC%25.yaml", "items/620300-MZ-002.yaml");
  }

  @Test
  void sarifRulesCarryTheirMessageAndHintInBothLanguages(@TempDir Path dir) throws Exception {
    JsonNode sarif = new ObjectMapper().readTree(run("validate", brokenCatalogue(dir).toString(), "--format", "sarif", "--lang", "en").out());
    JsonNode rules = sarif.get("runs").get(0).get("tool").get("driver").get("rules");
    assertThat(rules.size()).isGreaterThanOrEqualTo(3);
    for (JsonNode rule : rules) {
      ProblemCode code = ProblemCode.ofCode(rule.get("id").asText()).orElseThrow();
      assertThat(rule.get("shortDescription").get("text").asText()).isEqualTo(code.description().en());
      assertThat(rule.get("fullDescription").get("text").asText()).contains(code.description().zh(), code.description().en());
      assertThat(rule.get("help").get("text").asText()).contains(code.description().zh(), code.advice().zh(), code.description().en(), code.advice().en());
    }
    JsonNode promise = find(rules, "time.promised-exceeds-statutory");
    assertThat(promise.get("fullDescription").get("text").asText())
        .isEqualTo("承诺时限 … 个工作日超过了法定时限 … 个工作日。\nThe promised limit of … working days exceeds the statutory limit of ….");
    assertThat(promise.get("help").get("text").asText()).endsWith("The city may promise less than the law allows, never more.");
    int index = sarif.get("runs").get(0).get("results").findValues("ruleId").stream().map(JsonNode::asText).toList()
        .indexOf("time.promised-exceeds-statutory");
    JsonNode result = sarif.get("runs").get(0).get("results").get(index);
    assertThat(rules.get(result.get("ruleIndex").asInt()).get("id").asText()).isEqualTo("time.promised-exceeds-statutory");
  }

  @Test
  void theSchemaRefusesARawPathSoTheCheckCanFail(@TempDir Path dir) throws Exception {
    ObjectNode sarif = (ObjectNode) new ObjectMapper().readTree(run("validate", brokenCatalogue(dir).toString(), "--format", "sarif").out());
    ObjectNode artifact = (ObjectNode) sarif.get("runs").get(0).get("results").get(0).get("locations").get(0).get("physicalLocation").get("artifactLocation");
    artifact.put("uri", AWKWARD_FILE);
    assertThat(sarifErrors(sarif)).anyMatch(e -> e.contains("uri"));
    ObjectNode rule = (ObjectNode) sarif.get("runs").get(0).get("tool").get("driver").get("rules").get(0);
    rule.remove("help");
    rule.put("helpText", "not a SARIF property");
    assertThat(sarifErrors(sarif)).anyMatch(e -> e.contains("helpText"));
  }

  @Test
  void junitOfValidateIsValidJunitXmlWithFileAndLine(@TempDir Path dir) throws Exception {
    Path catalogue = brokenCatalogue(dir);
    CliTests.Run r = run("validate", catalogue.toString(), "--format", "junit", "--lang", "en");
    Document doc = parse(r.out());
    assertValidJunit(doc);
    Element failure = testcaseWithFailure(doc, "time.promised-exceeds-statutory");
    assertThat(failure.getAttribute("file")).isIn(catalogue.resolve("items/620300-MZ-002.yaml").toString(), catalogue.resolve(AWKWARD_FILE).toString());
    assertThat(Integer.parseInt(failure.getAttribute("line"))).isGreaterThan(1);
    assertThat(Files.readAllLines(Path.of(failure.getAttribute("file"))).get(Integer.parseInt(failure.getAttribute("line")) - 1)).contains("promised: 50");
  }

  @Test
  void junitOfTestIsValidJunitXmlWithFileAndLineOfEveryTest(@TempDir Path dir) throws Exception {
    Path catalogue = dir.resolve(AWKWARD_FOLDER);
    copySample(catalogue);
    Path junit = dir.resolve("reports/tests.xml");
    assertThat(run("test", catalogue.toString(), "--junit", junit.toString(), "--today", "2026-02-12").exit()).isEqualTo(ExitCodes.OK);
    Document doc = parse(Files.readString(junit));
    assertValidJunit(doc);
    NodeList cases = doc.getElementsByTagName("testcase");
    assertThat(cases.getLength()).isGreaterThan(100);
    for (int i = 0; i < cases.getLength(); i++) {
      Element c = (Element) cases.item(i);
      Path file = Path.of(c.getAttribute("file"));
      assertThat(file).startsWith(catalogue).isRegularFile();
      assertThat(Files.readAllLines(file).get(Integer.parseInt(c.getAttribute("line")) - 1)).as(c.getAttribute("name")).contains("name:");
    }
  }

  @Test
  void testWritesItsJunitReportEvenWhenTheCatalogueDoesNotLoad(@TempDir Path dir) throws Exception {
    Path catalogue = brokenCatalogue(dir);
    Path junit = dir.resolve("out/junit.xml");
    CliTests.Run r = run("test", catalogue.toString(), "--junit", junit.toString(), "--lang", "en");
    assertThat(r.exit()).isEqualTo(ExitCodes.FAILURE);
    assertThat(r.out()).contains("no test was run");
    Document doc = parse(Files.readString(junit));
    assertValidJunit(doc);
    assertThat(doc.getDocumentElement().getAttribute("tests")).isEqualTo("1");
    assertThat(doc.getDocumentElement().getAttribute("failures")).isEqualTo("1");
    Element testcase = (Element) doc.getElementsByTagName("testcase").item(0);
    assertThat(Path.of(testcase.getAttribute("file"))).startsWith(catalogue).isRegularFile();
    assertThat(testcase.getAttribute("line")).isNotEmpty();
    Element failure = (Element) testcase.getElementsByTagName("failure").item(0);
    assertThat(failure.getAttribute("message")).matches("\\d+ error\\(s\\): no test was run");
    assertThat(failure.getTextContent()).contains("time.promised-exceeds-statutory", "item.duplicate-code", AWKWARD_FILE);

    CliTests.Run asJunit = run("test", catalogue.toString(), "--format", "junit");
    assertThat(asJunit.exit()).isEqualTo(ExitCodes.FAILURE);
    assertValidJunit(parse(asJunit.out()));
  }

  @Test
  void testWritesItsJunitReportEvenWhenTheTestsDoNotLoad(@TempDir Path dir) throws Exception {
    copySample(dir);
    Files.writeString(dir.resolve("tests/bad.test.yaml"), "item: X\ntests:\n  - name: a\n    facts: {}\n    expect: {status: maybe}\n");
    Path junit = dir.resolve("junit.xml");
    assertThat(run("test", dir.toString(), "--junit", junit.toString()).exit()).isEqualTo(ExitCodes.FAILURE);
    Document doc = parse(Files.readString(junit));
    assertValidJunit(doc);
    Element testcase = (Element) doc.getElementsByTagName("testcase").item(0);
    assertThat(testcase.getAttribute("file")).isEqualTo(dir.resolve("tests/bad.test.yaml").toString());
    assertThat(testcase.getAttribute("line")).isEqualTo("5");
  }

  @Test
  void theJunitSchemaRefusesAStrangerSoTheCheckCanFail() throws Exception {
    Document doc = parse("<testsuite name=\"s\" tests=\"1\" failures=\"0\" errors=\"0\"><testcase name=\"t\" flavour=\"x\"/></testsuite>");
    assertThatThrownBy(() -> assertValidJunit(doc)).hasMessageContaining("flavour");
    Document missing = parse("<testsuite name=\"s\"><testcase name=\"t\"/></testsuite>");
    assertThatThrownBy(() -> assertValidJunit(missing)).hasMessageContaining("tests");
  }

  private static List<String> sarifErrors(JsonNode sarif) throws IOException {
    try (InputStream in = ReportSchemaTests.class.getResourceAsStream("reports/sarif-schema-2.1.0.json")) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      Schema schema = SchemaRegistry.withDialect(Dialects.getDraft4()).getSchema(text, InputFormat.JSON);
      return schema.validate(sarif).stream().map(Error::toString).toList();
    }
  }

  /**
   * Validates against junit-10.xsd unchanged, after taking off each test case's {@code file} and {@code line}:
   * the schema does not name them, and tongban writes them for the tools that read them (checked by the tests).
   */
  private static void assertValidJunit(Document doc) throws Exception {
    Document copy = (Document) doc.cloneNode(true);
    NodeList cases = copy.getElementsByTagName("testcase");
    for (int i = 0; i < cases.getLength(); i++) {
      Element c = (Element) cases.item(i);
      if (c.hasAttribute("line")) {
        assertThat(Integer.parseInt(c.getAttribute("line"))).isPositive();
      }
      c.removeAttribute("file");
      c.removeAttribute("line");
    }
    SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
    factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
    Validator validator = factory.newSchema(ReportSchemaTests.class.getResource("reports/junit-10.xsd")).newValidator();
    try {
      validator.validate(new DOMSource(copy));
    } catch (SAXException e) {
      throw new AssertionError("not valid against junit-10.xsd: " + e.getMessage(), e);
    }
  }

  private static Element testcaseWithFailure(Document doc, String type) {
    NodeList failures = doc.getElementsByTagName("failure");
    for (int i = 0; i < failures.getLength(); i++) {
      Element f = (Element) failures.item(i);
      if (f.getAttribute("type").equals(type)) {
        return (Element) f.getParentNode();
      }
    }
    throw new AssertionError("no failure of type " + type);
  }

  private static JsonNode find(JsonNode rules, String id) {
    for (JsonNode rule : rules) {
      if (rule.get("id").asText().equals(id)) {
        return rule;
      }
    }
    throw new AssertionError("no rule " + id);
  }

  private static Document parse(String xml) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
  }
}
