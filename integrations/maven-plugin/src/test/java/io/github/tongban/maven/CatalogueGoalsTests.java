package io.github.tongban.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

/**
 * The three goals run in-process on copies of the integration tests' small catalogue
 * ({@code src/it/valid-catalogue}), each changed in one place: what they log, what they write under
 * {@code target/tongban}, and when they fail the build.
 */
class CatalogueGoalsTests {
  /** Text that attacks a terminal and a CI log: a forged annotation, ANSI colours, an OSC 8 link, an old-style command, controls. */
  static final String HOSTILE = "\"甲\\n::error file=x,line=1::forged \\e[31mred\\e[0m \\e]8;;https://evil.example/\\e\\\\link\\e]8;;\\e\\\\ abc ##[error]old \\x01\\x85\\u2028end\"";
  private static final Path SOURCE = Path.of("src/it/valid-catalogue");
  private static final Set<String> NOT_CATALOGUE = Set.of("pom.xml", "verify.groovy", "invoker.properties");

  @TempDir
  Path project;
  final RecordingLog log = new RecordingLog();

  @BeforeEach
  void catalogueRepository() throws IOException {
    copyCatalogue(project);
  }

  static void copyCatalogue(Path to) throws IOException {
    try (Stream<Path> files = Files.walk(SOURCE)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        if (!NOT_CATALOGUE.contains(f.getFileName().toString())) {
          Path target = to.resolve(SOURCE.relativize(f).toString());
          Files.createDirectories(target.getParent());
          Files.copy(f, target);
        }
      }
    }
  }

  <M extends CatalogueMojo> M goal(M mojo) {
    mojo.basedir = project.toFile();
    mojo.buildDirectory = project.resolve("target").toFile();
    mojo.catalogue = project.toFile();
    mojo.lang = "zh";
    mojo.setLog(log);
    return mojo;
  }

  ValidateMojo validate() {
    return goal(new ValidateMojo());
  }

  TestMojo test() {
    TestMojo mojo = goal(new TestMojo());
    mojo.date = "2026-03-02";
    return mojo;
  }

  ReportMojo report() {
    ReportMojo mojo = goal(new ReportMojo());
    mojo.date = "2026-03-02";
    return mojo;
  }

  void change(String file, String from, String to) throws IOException {
    Path path = project.resolve(file);
    String text = Files.readString(path);
    assertThat(text).contains(from);
    Files.writeString(path, text.replace(from, to));
  }

  Path report(String name) {
    return project.resolve("target/tongban").resolve(name);
  }

  @Test
  void aValidCatalogueWritesItsReportsAndPasses() throws Exception {
    validate().execute();
    test().execute();
    report().execute();
    assertThat(log.lines()).contains("[INFO] 测试目录 1.0:1 个事项已加载,0 个错误,0 个警告", "[INFO] 通过 3 个,失败 0 个", "[INFO] 事项数 1")
        .noneMatch(l -> l.startsWith("[ERROR]") || l.startsWith("[WARNING]"));
    assertThat(sarif().path("runs").path(0).path("results")).isEmpty();
    assertThat(junit(ValidateMojo.JUNIT_FILE).getDocumentElement().getAttribute("failures")).isEqualTo("0");
    Document tests = junit(TestMojo.JUNIT_FILE);
    assertThat(tests.getElementsByTagName("testcase").getLength()).isEqualTo(3);
    assertThat(tests.getDocumentElement().getAttribute("failures")).isEqualTo("0");
    assertThat(Files.readString(report("report.html"))).contains("测试事项");
    assertThat(new ObjectMapper().readTree(report("report.json").toFile()).toString()).contains("T-001");
  }

  @Test
  void anErrorFailsTheBuildNamingFileLineAndColumnAfterTheReportsAreWritten() throws Exception {
    change("items/T-001.yaml", "    - fact: age\n", "    - fact: ages\n");
    assertThatThrownBy(() -> validate().execute()).isInstanceOf(MojoFailureException.class).hasMessageContaining("1 个错误");
    assertThat(log.lines()).anyMatch(l -> l.startsWith("[ERROR] items/T-001.yaml:26:7: 错误 condition.unknown-fact:") && l.contains("ages"))
        .contains("[ERROR]     提示:请检查拼写,或在 facts.yaml 中增加该事实。");
    JsonNode result = sarif().path("runs").path(0).path("results").path(0);
    assertThat(result.path("ruleId").asText()).isEqualTo("condition.unknown-fact");
    assertThat(result.path("locations").path(0).path("physicalLocation").path("region").path("startLine").asInt()).isEqualTo(26);
    assertThat(junit(ValidateMojo.JUNIT_FILE).getDocumentElement().getAttribute("failures")).isEqualTo("1");
  }

  @Test
  void aCatalogueInAFolderIsNamedFromTheProjectFolder() throws Exception {
    Path folder = Files.createDirectories(project.resolve("目录 2026"));
    copyCatalogue(folder);
    Path item = folder.resolve("items/T-001.yaml");
    Files.writeString(item, Files.readString(item).replace("    - fact: age\n", "    - fact: ages\n"));
    ValidateMojo validate = validate();
    validate.catalogue = folder.toFile();
    assertThatThrownBy(validate::execute).isInstanceOf(MojoFailureException.class);
    assertThat(log.lines()).anyMatch(l -> l.startsWith("[ERROR] 目录 2026/items/T-001.yaml:26:7: "));
    String uri = sarif().path("runs").path(0).path("results").path(0).path("locations").path(0).path("physicalLocation")
        .path("artifactLocation").path("uri").asText();
    assertThat(uri).doesNotStartWith("/").doesNotContain(" ").endsWith("items/T-001.yaml");
  }

  @Test
  void warningsFailTheBuildOnlyWhenAskedTo() throws Exception {
    Path tests = project.resolve("tests/T-001.test.yaml");
    String text = Files.readString(tests);
    Files.writeString(tests, text.substring(0, text.indexOf("  - name: 月收入未知")));
    validate().execute();
    assertThat(log.lines()).anyMatch(l -> l.startsWith("[WARNING] tests/T-001.test.yaml:3:1: 警告 tests.too-few"));
    ValidateMojo strict = validate();
    strict.warningsAsErrors = true;
    assertThatThrownBy(strict::execute).isInstanceOf(MojoFailureException.class).hasMessageContaining("tongban.warningsAsErrors");
  }

  @Test
  void requireCompleteFailsOnTheElementsAnItemLacks() throws Exception {
    ValidateMojo validate = validate();
    validate.requireComplete = true;
    validate.lang = "en";
    assertThatThrownBy(validate::execute).isInstanceOf(MojoFailureException.class);
    assertThat(log.lines()).anyMatch(l -> l.startsWith("[ERROR] items/T-001.yaml") && l.contains(" error item.incomplete: "));
  }

  @Test
  void aFailedScenarioTestFailsTheBuildAtItsFileAndLine() throws Exception {
    change("tests/T-001.test.yaml", "      status: ineligible\n", "      status: eligible\n");
    assertThatThrownBy(() -> test().execute()).isInstanceOf(MojoFailureException.class).hasMessage("通过 2 个,失败 1 个");
    assertThat(log.lines()).anyMatch(l -> l.startsWith("[ERROR] tests/T-001.test.yaml:10:失败 月收入 900 元,高于低保标准"));
    Document junit = junit(TestMojo.JUNIT_FILE);
    assertThat(junit.getDocumentElement().getAttribute("failures")).isEqualTo("1");
  }

  @Test
  void testsOfACatalogueThatDoesNotLoadFailWithAReportAllTheSame() throws Exception {
    change("items/T-001.yaml", "    - fact: age\n", "    - fact: ages\n");
    assertThatThrownBy(() -> test().execute()).isInstanceOf(MojoFailureException.class)
        .hasMessage("事项目录或测试文件有错误,未运行测试。");
    assertThat(log.lines()).anyMatch(l -> l.startsWith("[ERROR] items/T-001.yaml:26:7: 错误 condition.unknown-fact"));
    assertThat(junit(TestMojo.JUNIT_FILE).getDocumentElement().getAttribute("failures")).isEqualTo("1");
  }

  @Test
  void theReportOfACatalogueThatDoesNotLoadNamesItsErrors() throws Exception {
    change("items/T-001.yaml", "    - fact: age\n", "    - fact: ages\n");
    assertThatThrownBy(() -> report().execute()).isInstanceOf(MojoFailureException.class);
    assertThat(log.lines()).anyMatch(l -> l.startsWith("[ERROR] items/T-001.yaml:26:7: 错误 condition.unknown-fact"));
    assertThat(report("report.html")).doesNotExist();
  }

  @Test
  void catalogueTextReachesTheLogNeutralised() throws Exception {
    change("items/T-001.yaml", "\nname: 测试事项\n", "\nname: " + HOSTILE + "\n");
    change("tests/T-001.test.yaml", "  - name: 月收入 900 元,高于低保标准\n", "  - name: " + HOSTILE + "\n");
    change("tests/T-001.test.yaml", "      reasonMentions: [\"900\"]\n", "      reasonMentions: [" + HOSTILE + "]\n");
    validate().execute();
    report().execute();
    assertThatThrownBy(() -> test().execute()).isInstanceOf(MojoFailureException.class);
    assertThat(log.text()).as("the hostile text arrives").contains("甲 ::error file=x,line=1::forged red");
    assertHarmless(log.lines());
  }

  @Test
  void skipRunsNothing() throws Exception {
    change("items/T-001.yaml", "    - fact: age\n", "    - fact: ages\n");
    for (CatalogueMojo goal : List.of(validate(), test(), report())) {
      goal.skip = true;
      goal.execute();
    }
    assertThat(project.resolve("target")).doesNotExist();
    assertThat(log.lines()).containsOnly("[INFO] tongban 已跳过(tongban.skip)");
  }

  @Test
  void aDateThatIsNotOneIsRefusedByName() {
    TestMojo test = test();
    test.date = "2026-02-30";
    assertThatThrownBy(test::execute).isInstanceOf(MojoExecutionException.class)
        .hasMessage("tongban.date 应为 YYYY-MM-DD 形式的日期,不能是 2026-02-30");
  }

  @Test
  void withoutAPomTheCurrentFolderIsTheProjectFolder() {
    ValidateMojo validate = validate();
    validate.basedir = null;
    validate.buildDirectory = null;
    validate.catalogue = null;
    Path here = Path.of("").toAbsolutePath();
    assertThat(validate.folder()).isEqualTo(here);
    assertThat(validate.output()).isEqualTo(here.resolve("target/tongban"));
  }

  /** No line a terminal or a CI runner would act on: no escape, no C0 or C1 control, no bidi override, no command. */
  static void assertHarmless(List<String> lines) {
    assertThat(lines).isNotEmpty().allSatisfy(l -> {
      assertThat(l.chars()).noneMatch(c -> c < 0x20 || (c >= 0x7F && c < 0xA0) || c == 0x2028 || c == 0x202E);
      assertThat(l.substring(l.indexOf(']') + 1).strip()).doesNotStartWith("::");
      assertThat(l).doesNotContain("##[");
    });
  }

  private JsonNode sarif() throws IOException {
    return new ObjectMapper().readTree(report(ValidateMojo.SARIF_FILE).toFile());
  }

  private Document junit(String name) throws Exception {
    return DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(new ByteArrayInputStream(Files.readAllBytes(report(name))));
  }
}
