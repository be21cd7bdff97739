package io.github.tongban.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The commands run in-process, with their output captured by injected writers. */
class CliTests {
  record Run(int exit, String out, String err) {}

  static Run run(String... args) {
    return runWithInput("", args);
  }

  static Run runWithInput(String input, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cmd = TongbanCommand.commandLine(new java.io.ByteArrayInputStream(input.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    cmd.setOut(new PrintWriter(out));
    cmd.setErr(new PrintWriter(err));
    int exit = cmd.execute(args);
    return new Run(exit, out.toString(), err.toString());
  }

  static void copySample(Path target) {
    io.github.tongban.catalog.SampleCatalogue.copyTo(target);
  }

  @Test
  void validateTheBundledSampleSucceeds() {
    Run r = run("validate");
    assertThat(r.exit()).isEqualTo(ExitCodes.OK);
    assertThat(r.out()).contains("金昌市").contains("0 个错误");
  }

  @Test
  void validateRequireCompleteFailsOnEveryMissingElementAndOnlyWithTheFlag(@TempDir Path dir) throws IOException {
    assertThat(run("validate", "--require-complete").exit()).as("the bundled sample is complete").isEqualTo(ExitCodes.OK);
    copySample(dir);
    Path item = dir.resolve("items/620300-MZ-002.yaml");
    String text = Files.readString(item);
    Files.writeString(item, text.substring(0, text.indexOf("faq:")) + text.substring(text.indexOf("topics:")));
    assertThat(run("validate", dir.toString()).exit()).as("without the flag a missing element is no problem").isEqualTo(ExitCodes.OK);
    Run r = run("validate", dir.toString(), "--require-complete", "--lang", "en");
    assertThat(r.exit()).isEqualTo(ExitCodes.FAILURE);
    assertThat(r.out()).contains("items/620300-MZ-002.yaml:3:1: error item.incomplete: The standard element \"frequently asked questions\" (常见问题, faq) is not filled.")
        .contains("not loaded, 1 error(s)");
    assertThat(run("validate", dir.toString(), "--require-complete").out()).contains("标准要素「常见问题」(faq)没有填写。");
  }

  @Test
  void validateReportsEveryProblemWithItsPlaceAndFails(@TempDir Path dir) throws IOException {
    copySample(dir);
    Path item = dir.resolve("items/620300-MZ-002.yaml");
    Files.writeString(item, Files.readString(item).replace("promised: 5", "promised: 50").replace("scope: city", "scope: world"));
    Run r = run("validate", dir.toString(), "--lang", "en");
    assertThat(r.exit()).isEqualTo(ExitCodes.FAILURE);
    assertThat(r.out()).contains("items/620300-MZ-002.yaml:")
        .contains("error schema.enum")
        .contains("hint: Allowed values: city, county, township, local.")
        // the file's semantic problem is reported in the same run as its schema problem
        .contains("error time.promised-exceeds-statutory")
        .contains("not loaded, 2 error(s)");
  }

  @Test
  void validateChecksTheScenarioTestsBesideTheCatalogue(@TempDir Path dir) throws IOException {
    copySample(dir);
    Path tests = dir.resolve("tests/620300-CL-001.test.yaml");
    String text = Files.readString(tests);
    // only the first test of CL-001 is kept; a test of an item that does not exist is added
    int second = text.indexOf("\n  - name:", text.indexOf("  - name:") + 1);
    Files.writeString(tests, text.substring(0, second + 1));
    Files.writeString(dir.resolve("tests/gone.test.yaml"), "item: 620300-XX-999\ntests:\n  - name: 已删除的事项\n    facts: {}\n    expect: {status: eligible}\n");
    Run r = run("validate", dir.toString(), "--lang", "en");
    assertThat(r.exit()).isEqualTo(ExitCodes.FAILURE);
    assertThat(r.out())
        .contains("tests/620300-CL-001.test.yaml:5:1: warning tests.too-few: The item 620300-CL-001 has 1 scenario test(s); no test expects: ineligible, needs-info.")
        .contains("tests/gone.test.yaml:3:1: error tests.unknown-item:");
  }

  @Test
  void validateWritesJson(@TempDir Path dir) throws IOException {
    copySample(dir);
    Files.writeString(dir.resolve("facts.yaml"), Files.readString(dir.resolve("facts.yaml")) + "  - id: age\n    type: integer\n    label: x\n    question: y\n");
    Run r = run("validate", dir.toString(), "--json");
    assertThat(r.exit()).isEqualTo(ExitCodes.FAILURE);
    JsonNode json = new ObjectMapper().readTree(r.out());
    assertThat(json.get("valid").asBoolean()).isFalse();
    JsonNode problem = json.get("problems").get(0);
    assertThat(problem.get("code").asText()).isEqualTo("id.duplicate");
    assertThat(problem.get("file").asText()).isEqualTo("facts.yaml");
    assertThat(problem.get("line").asInt()).isGreaterThan(1);
    assertThat(problem.get("message").get("zh").asText()).contains("age");
  }

  private static Path brokenCopy(Path dir) throws IOException {
    copySample(dir);
    Path item = dir.resolve("items/620300-MZ-002.yaml");
    Files.writeString(item, Files.readString(item).replace("promised: 5", "promised: 50"));
    return dir;
  }

  @Test
  void validateWritesJunitXml(@TempDir Path dir) throws Exception {
    Run r = run("validate", brokenCopy(dir).toString(), "--format", "junit", "--lang", "en");
    assertThat(r.exit()).isEqualTo(ExitCodes.FAILURE);
    var doc = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(new java.io.ByteArrayInputStream(r.out().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    assertThat(doc.getDocumentElement().getAttribute("failures")).isEqualTo("1");
    var failure = (org.w3c.dom.Element) doc.getElementsByTagName("failure").item(0);
    assertThat(failure.getAttribute("type")).isEqualTo("time.promised-exceeds-statutory");
    assertThat(failure.getTextContent()).contains("items/620300-MZ-002.yaml:").contains("exceeds the statutory limit of 20");
  }

  @Test
  void validateWritesSarif(@TempDir Path dir) throws IOException {
    Run r = run("validate", brokenCopy(dir).toString(), "--format", "sarif");
    JsonNode sarif = new ObjectMapper().readTree(r.out());
    assertThat(sarif.get("version").asText()).isEqualTo("2.1.0");
    // the sample's scenario coverage warnings come first (sorted by file); the error is the one result at level error
    List<JsonNode> errors = java.util.stream.StreamSupport.stream(sarif.get("runs").get(0).get("results").spliterator(), false)
        .filter(x -> x.get("level").asText().equals("error")).toList();
    assertThat(errors).hasSize(1);
    JsonNode result = errors.get(0);
    assertThat(result.get("ruleId").asText()).isEqualTo("time.promised-exceeds-statutory");
    assertThat(result.get("level").asText()).isEqualTo("error");
    JsonNode location = result.get("locations").get(0).get("physicalLocation");
    assertThat(location.get("artifactLocation").get("uri").asText()).endsWith("items/620300-MZ-002.yaml");
    assertThat(location.get("region").get("startLine").asInt()).isGreaterThan(1);
    assertThat(sarif.get("runs").get(0).get("tool").get("driver").get("rules").findValuesAsText("id")).contains("time.promised-exceeds-statutory");
  }

  @Test
  void validateWritesGithubAnnotations(@TempDir Path dir) throws IOException {
    Run r = run("validate", brokenCopy(dir).toString(), "--format", "github");
    assertThat(r.out()).containsPattern("(?m)^::error file=[^,]*items/620300-MZ-002\\.yaml,line=\\d+,col=\\d+,title=time.promised-exceeds-statutory::承诺时限 50");
    assertThat(run("validate", "--format", "xml").exit()).isEqualTo(ExitCodes.USAGE);
  }

  @Test
  void warningsFailValidateOnlyWithWarningsAsErrors(@TempDir Path dir) throws IOException {
    // the sample loads with scenario coverage warnings (answers no scenario applies to): not a failure by default
    Run plain = run("validate", "--lang", "en");
    assertThat(plain.exit()).isEqualTo(ExitCodes.OK);
    assertThat(plain.out()).contains("items/620300-JY-004.yaml:57:1: warning scenario.no-scenario-applies: No scenario applies to: applicationKind=信息变更.")
        .contains("0 error(s), 4 warning(s)");
    Run strict = run("validate", "--warnings-as-errors", "--lang", "en");
    assertThat(strict.exit()).isEqualTo(ExitCodes.FAILURE);
    assertThat(strict.out()).isEqualTo(plain.out());
    assertThat(run("validate", "--warnings-as-errors", "--json").exit()).isEqualTo(ExitCodes.FAILURE);

    // a scenario without when always applies: with one in each of those items, there is no warning left
    copySample(dir);
    for (String code : List.of("GA-003", "JY-004", "JY-006", "MZ-006")) {
      Path item = dir.resolve("items/620300-" + code + ".yaml");
      String text = Files.readString(item);
      String material = text.substring(text.indexOf("\nmaterials:\n  - id: ")).split("\n")[2].substring("  - id: ".length()).trim();
      Files.writeString(item, text.replace("\nscenarios:\n", "\nscenarios:\n  - id: other\n    name: 其他\n    materials: [" + material + "]\n"));
    }
    Run clean = run("validate", dir.toString(), "--warnings-as-errors", "--lang", "en");
    assertThat(clean.out()).contains("0 error(s), 0 warning(s)");
    assertThat(clean.exit()).isEqualTo(ExitCodes.OK);
    assertThat(run("validate", "--help").out()).contains("--warnings-as-errors").contains("有任何警告").startsWith("用法: tongban validate");
    assertThat(run("validate", "--help", "--lang", "en").out()).contains("Fail (exit 1) when there is any warning too").startsWith("Usage: tongban validate");
  }

  @Test
  void aMissingFolderIsAValidationFailureNotACrash(@TempDir Path dir) {
    Run r = run("validate", dir.resolve("absent").toString());
    assertThat(r.exit()).isEqualTo(ExitCodes.FAILURE);
    assertThat(r.out()).contains("catalogue.not-a-folder");
    assertThat(r.err()).doesNotContain("Exception");
  }

  @Test
  void anUnreadableCatalogueFileIsReported(@TempDir Path dir) throws IOException {
    copySample(dir);
    Files.write(dir.resolve("items/620300-MZ-001.yaml"), new byte[] {'a', ':', ' ', (byte) 0xC3, (byte) 0x28});
    Run r = run("validate", dir.toString());
    assertThat(r.exit()).isEqualTo(ExitCodes.FAILURE);
    assertThat(r.out()).contains("items/620300-MZ-001.yaml:1:4").contains("yaml.encoding");
  }

  @Test
  void badArgumentsAreAUsageError() {
    assertThat(run("validate", "--no-such-option").exit()).isEqualTo(ExitCodes.USAGE);
    assertThat(run("no-such-command").exit()).isEqualTo(ExitCodes.USAGE);
    Run fr = run("list", "--lang", "fr");
    assertThat(fr.exit()).isEqualTo(ExitCodes.USAGE);
    assertThat(fr.err()).isEqualTo("--lang 的值「fr」无效:须为 zh、en 之一。\n运行 tongban list --help 查看用法。\n");
    Run none = run();
    assertThat(none.err()).startsWith("请给出一个命令:decide、").contains("运行 tongban --help 查看用法。");
    assertThat(run().exit()).isEqualTo(ExitCodes.USAGE);
  }

  @Test
  void listShowsTheItems() {
    Run r = run("list");
    assertThat(r.exit()).isEqualTo(ExitCodes.OK);
    assertThat(r.out()).contains("620300-MZ-001").contains("最低生活保障审核确认").contains("全市通办").contains("示例");
    Run en = run("list", "--lang", "en", "--json");
    assertThat(en.out()).contains("\"scope\" : \"LOCAL\"").contains("\"version\" : \"2026.1\"");
    assertThat(run("list", "--lang", "en").out()).contains("| anywhere in the city | partly online | 2026.1").doesNotContain("全市通办")
        .contains("Note: ");
  }

  @Test
  void testRunsTheScenarioTestsAndPrintsTheSummary(@TempDir Path dir) throws IOException {
    Run ok = run("test");
    assertThat(ok.exit()).isEqualTo(ExitCodes.OK);
    assertThat(ok.out()).containsPattern("(?m)^通过 \\d+ 个,失败 0 个$");

    copySample(dir);
    Path tests = dir.resolve("tests/620300-MZ-002.test.yaml");
    Files.writeString(tests, Files.readString(tests).replace("due: 2026-03-09", "due: 2026-03-10"));
    Path junit = dir.resolve("junit.xml");
    Run failed = run("test", dir.toString(), "--junit", junit.toString(), "--lang", "en");
    assertThat(failed.exit()).isEqualTo(ExitCodes.FAILURE);
    assertThat(failed.out()).contains("tests/620300-MZ-002.test.yaml:").contains("FAILED")
        .contains("expected due date 2026-03-10, got 2026-03-09").containsPattern("(?m)^\\d+ passed, 1 failed$");
    assertThat(Files.readString(junit)).contains("failures=\"1\"").contains("<failure message=\"expected due date 2026-03-10");
  }

  @Test
  void testRefusesBrokenTestFilesWithTheirPlace(@TempDir Path dir) throws IOException {
    copySample(dir);
    Files.writeString(dir.resolve("tests/bad.test.yaml"), "item: X\ntests:\n  - name: a\n    facts: {}\n    expect: {status: maybe}\n");
    Run r = run("test", dir.toString());
    assertThat(r.exit()).isEqualTo(ExitCodes.FAILURE);
    assertThat(r.out()).contains("tests/bad.test.yaml:5").contains("schema.enum");
  }

  @Test
  void reportPrintsThePublishedFigures() {
    Run r = run("report", "--lang", "en");
    assertThat(r.exit()).isEqualTo(ExitCodes.OK);
    assertThat(r.out()).contains("Items ").contains("Fully online").contains("Promised-limit compression").contains("  county level 52")
        .contains("Element completeness 100.00% (3162 of 3162 elements filled; 61 of 61 items complete)");
    assertThat(run("report", "--json").out()).contains("\"instantShare\"").contains("\"COUNTY\" : 52").contains("\"completeItems\" : 61");
  }

  @Test
  void decidePrintsTheFullDecision() {
    Run r = run("decide", "--item", "620300-MZ-002", "--at", "620321001", "--date", "2026-02-12",
        "--fact", "age=82", "--fact", "householdRegion=620302001001", "--fact", "agentApplies=false");
    assertThat(r.exit()).isEqualTo(ExitCodes.OK);
    assertThat(r.out()).contains("结论:符合条件").contains("居民身份证: 免提交").contains("可容缺,最迟 2026-02-26 补交")
        .contains("异地代收代办").contains("办理机关:金川区民政局").contains("2026-02-26 前办结");
  }

  @Test
  void decideAsksWhatIsMissingAndCanFailUnlessEligible(@TempDir Path dir) throws IOException {
    Path facts = dir.resolve("facts.json");
    Files.writeString(facts, "{\"householdRegion\": \"620302001001\", \"householdType\": \"城镇\"}");
    Run r = run("decide", "--item", "620300-MZ-001", "--at", "620302001", "--date", "2026-03-02", "--facts", facts.toString(),
        "--lang", "en", "--fail-unless-eligible");
    assertThat(r.exit()).isEqualTo(ExitCodes.FAILURE);
    assertThat(r.out()).contains("Status: More information needed").contains("(monthlyIncomePerCapita)").doesNotContain("(householdType)")
        .doesNotContain("NEEDS_INFO");
  }

  @Test
  void aHouseholdOutsideTheCityIsDecidedIneligibleNotRefusedAsInput() {
    String[] args = {"decide", "--item", "620300-MZ-002", "--date", "2026-03-02", "--fact", "householdRegion=110101001001",
        "--fact", "age=85", "--fact", "agentApplies=false"};
    Run r = run(args);
    assertThat(r.exit()).isEqualTo(ExitCodes.OK);
    assertThat(r.out()).contains("结论:不符合条件").contains("[不符合] 持有本市户籍(户籍所在地不在本市(110101001001))")
        .as("the item also counts the residence, which is not known: where it may be handed in is open").contains("受理:待确定");
    Run livingElsewhere = run("decide", "--item", "620300-MZ-002", "--date", "2026-03-02", "--at", "620302001",
        "--fact", "householdRegion=110101001001", "--fact", "residenceRegion=620102001001", "--fact", "age=85");
    assertThat(livingElsewhere.out()).contains("受理:不可受理").contains("不在本市,本市没有对其有属地管辖权的实施机关");
    String[] strict = java.util.Arrays.copyOf(args, args.length + 1);
    strict[args.length] = "--fail-unless-eligible";
    assertThat(run(strict).exit()).isEqualTo(ExitCodes.FAILURE);
    assertThat(run("decide", "--item", "620300-MZ-002", "--fact", "householdRegion=11010A").exit())
        .as("a malformed code stays an input error").isEqualTo(ExitCodes.USAGE);
  }

  @Test
  void anAnswerThatChangesNothingIsNotWaitedFor() {
    Run r = run("decide", "--item", "620300-MZ-002", "--at", "620302001", "--date", "2026-03-02", "--fact", "age=85",
        "--fact", "householdRegion=620302001001", "--fail-unless-eligible");
    assertThat(r.exit()).isEqualTo(ExitCodes.OK);
    assertThat(r.out()).contains("结论:符合条件").contains("代办人居民身份证").contains("(如委托他人代办:是)")
        .doesNotContain("还需了解");
    Run ask = runWithInput("620302001001\n85\n", "ask", "--item", "620300-MZ-002", "--at", "620302001", "--date", "2026-03-02");
    assertThat(ask.exit()).as("the optional question may go unanswered").isEqualTo(ExitCodes.OK);
    assertThat(ask.out()).contains("(可选,直接回车跳过)").contains("结论:符合条件");
  }

  @Test
  void decideWritesJson() throws IOException {
    Run r = run("decide", "--item", "620300-YB-001", "--date", "2026-03-02", "--fact", "householdRegion=620302001001",
        "--fact", "enrolledEmployeeMedical=false", "--fact", "agentApplies=false", "--json");
    assertThat(r.exit()).isEqualTo(ExitCodes.OK);
    JsonNode json = new ObjectMapper().readTree(r.out());
    assertThat(json.get("status").asText()).isEqualTo("ELIGIBLE");
    assertThat(json.get("timing").get("promisedDue").asText()).isEqualTo("2026-03-02");
    assertThat(json.get("materials").get(0).get("exemptSource").asText()).isEqualTo("公安部门居民身份证电子证照");
  }

  @Test
  void decideRefusesAMalformedApplicationAsAUsageError(@TempDir Path dir) throws IOException {
    Run unknownFact = run("decide", "--item", "620300-MZ-002", "--fact", "agee=82");
    assertThat(unknownFact.exit()).isEqualTo(ExitCodes.USAGE);
    assertThat(unknownFact.err()).contains("agee");
    assertThat(run("decide", "--item", "620300-MZ-002", "--fact", "age=old").err()).contains("age");
    assertThat(run("decide").exit()).as("--item is required").isEqualTo(ExitCodes.USAGE);
    assertThat(run("decide", "--item", "620300-MZ-002", "--date", "2026-13-01").exit()).isEqualTo(ExitCodes.USAGE);
    Path notJson = Files.writeString(dir.resolve("facts.json"), "[1, 2");
    Run bad = run("decide", "--item", "620300-MZ-002", "--facts", notJson.toString());
    assertThat(bad.exit()).isEqualTo(ExitCodes.USAGE);
    assertThat(bad.err()).contains("--facts").doesNotContain("at com.");
    assertThat(run("decide", "--item", "620300-MZ-002", "--facts", dir.resolve("missing.json").toString()).exit()).isEqualTo(ExitCodes.USAGE);
  }

  static final String[] MINIMUM_FACTS = {"--item", "620300-MZ-001", "--at", "620321001", "--date", "2026-03-02",
      "--fact", "householdRegion=620302001001", "--fact", "householdType=城镇", "--fact", "monthlyIncomePerCapita=600",
      "--fact", "assetsWithinLimit=true", "--fact", "applicationKind=首次申请"};

  @Test
  void noticeListsEverythingToBringWithExemptionsAndDeadlines(@TempDir Path dir) throws IOException {
    Path html = dir.resolve("notice.html");
    String[] args = java.util.stream.Stream.concat(java.util.stream.Stream.of("notice", "--out", html.toString()), java.util.Arrays.stream(MINIMUM_FACTS)).toArray(String[]::new);
    assertThat(run(args).exit()).isEqualTo(ExitCodes.OK);
    String page = Files.readString(html);
    assertThat(page).startsWith("<!DOCTYPE html>").contains("一次性告知书").contains("<del>居民身份证</del>")
        .contains("由公安部门居民身份证电子证照提供").contains("最迟于 2026-03-30 前补交").contains("多地联办").contains("script-src 'none'").doesNotContain("<script").doesNotContain("onclick")
        .contains("示例内容");
    String[] md = java.util.stream.Stream.concat(java.util.stream.Stream.of("notice", "--format", "md"), java.util.Arrays.stream(MINIMUM_FACTS)).toArray(String[]::new);
    Run markdown = run(md);
    assertThat(markdown.out()).startsWith("# 一次性告知书").contains("~~居民身份证~~").contains("| 家庭收入及财产状况申报表 |");
    assertThat(run("notice", "--item", "620300-MZ-001", "--format", "pdf").exit()).isEqualTo(ExitCodes.USAGE);
  }

  @Test
  void noticeForAnApplicantWhoIsNotEligibleIsARefusalWithNoAcceptanceAndNoDueDate() {
    String[] args = {"notice", "--item", "620300-MZ-002", "--date", "2026-11-30", "--at", "620321001", "--fact", "age=70"};
    Run html = run(args);
    assertThat(html.exit()).isEqualTo(ExitCodes.OK);
    assertThat(html.out()).contains("不予受理告知书").contains("年满80周岁(年龄 70 周岁,低于").contains("受理人(签字)")
        .doesNotContain("可受理").doesNotContain("办结").doesNotContain("2026-12-07").doesNotContain("2026-12-28").doesNotContain("申请材料");
    Run md = run(Stream.concat(Stream.of(args), Stream.of("--format", "md")).toArray(String[]::new));
    assertThat(md.out()).startsWith("# 不予受理告知书").doesNotContain("可受理").doesNotContain("办结");
  }

  @Test
  void noticeInEnglishIsEnglish() throws IOException {
    String[] args = Stream.concat(Stream.of("notice", "--lang", "en", "--format", "md"), Stream.of(MINIMUM_FACTS)).toArray(String[]::new);
    Run r = run(args);
    assertThat(r.exit()).isEqualTo(ExitCodes.OK);
    assertThat(r.out()).startsWith("# One-time notice · 最低生活保障审核确认").contains("Materials to bring").contains("~~居民身份证~~")
        .contains("Exempt: supplied by 公安部门居民身份证电子证照").contains("2026-03-30 at the latest").contains("Clerk (signature)")
        .contains("illustrative content, not legal text")
        .doesNotContain("一次性告知书").doesNotContain("申请材料").doesNotContain("受理").doesNotContain("办结").doesNotContain("1 份")
        .doesNotContain("示例内容");
    Run html = run(Stream.concat(Stream.of("notice", "--lang", "en"), Stream.of(MINIMUM_FACTS)).toArray(String[]::new));
    assertThat(html.out()).contains("<html lang=\"en\">").doesNotContain("打印");
    JsonNode json = new ObjectMapper().readTree(run(Stream.concat(Stream.of("notice", "--lang", "en", "--json"), Stream.of(MINIMUM_FACTS))
        .toArray(String[]::new)).out());
    assertThat(json.get("title").asText()).isEqualTo("One-time notice · 最低生活保障审核确认");
    assertThat(json.get("blocks").findValuesAsText("type")).contains("heading", "paragraph", "list", "table");
  }

  @Test
  void decideInEnglishNamesNoEnumConstant() {
    Run r = run("decide", "--item", "620300-MZ-002", "--at", "620321001", "--date", "2026-02-12", "--lang", "en",
        "--fact", "age=82", "--fact", "householdRegion=620302001001", "--fact", "agentApplies=false");
    assertThat(r.out()).contains("Status: Eligible").contains("Acceptance: May be accepted here, collected here and forwarded")
        .contains("may follow, by 2026-02-26 at the latest").doesNotContainPattern("\\b(ELIGIBLE|ACCEPTED|PROXY|NONE|FULL|COPY|ORIGINAL)\\b");
  }

  @Test
  void guideWritesEveryItemsGuideInMarkdownAndHtml(@TempDir Path dir) throws IOException {
    Run r = run("guide", "--out", dir.toString(), "--date", "2026-03-02");
    assertThat(r.exit()).isEqualTo(ExitCodes.OK);
    assertThat(r.out()).contains("已写出 61 个事项的办事指南");
    assertThat(Files.readString(dir.resolve("620300-MZ-002.md"))).contains("# 办事指南").contains("## 受理条件")
        .contains("年满80周岁").contains("《甘肃省老年人权益保障条例》第二十六条").contains("~~居民身份证~~");
    assertThat(Files.readString(dir.resolve("620300-MZ-002.html"))).contains("<h2>申请材料</h2>").contains("承诺时限 5 个工作日")
        .contains("<html lang=\"zh-CN\">");
    assertThat(Files.readString(dir.resolve("index.md"))).contains("| [620300-MZ-002](620300-MZ-002.md) | 高龄津贴申领 |");
    assertThat(Files.readString(dir.resolve("index.html"))).contains("<a href=\"620300-MZ-002.html\">620300-MZ-002</a>");
    Path en = dir.resolve("en");
    assertThat(run("guide", "--out", en.toString(), "--lang", "en").out()).contains("Wrote the guides of 61 item(s)");
    assertThat(Files.readString(en.resolve("620300-MZ-002.html"))).contains("<html lang=\"en\">").contains("<h2>Materials</h2>")
        .contains("promised limit 5 working days").contains("fully online").doesNotContain("FULL");
    assertThat(Files.readString(en.resolve("index.md"))).contains("| Item code | Item name |").contains("(620300-MZ-002.md)");
    Run one = run("guide", "--item", "620300-NY-001");
    assertThat(one.out()).contains("属地办理").contains("农村村民一户只能拥有一处宅基地");
    assertThat(run("guide").exit()).as("--item or --out").isEqualTo(ExitCodes.USAGE);
    Run unknown = run("guide", "--item", "NOPE");
    assertThat(unknown.exit()).isEqualTo(ExitCodes.USAGE);
    assertThat(unknown.err()).contains("目录中没有事项 NOPE");
  }

  @Test
  void listGuideAndReportShowTheVersionInForceAndFlagTheUpcomingOne(@TempDir Path dir) throws IOException {
    copySample(dir);
    Path first = dir.resolve("items/620300-MZ-002.yaml");
    String item = Files.readString(first);
    Files.writeString(first, item.replace("  from: 2025-01-01", "  from: 2025-01-01\n  to: 2026-06-30"));
    Files.writeString(dir.resolve("items/620300-MZ-002-2026.2.yaml"), item.replace("  from: 2025-01-01", "  from: 2026-07-01")
        .replace("version: \"2026.1\"", "version: \"2026.2\"").replace("promised: 5", "promised: 3"));
    String c = dir.toString();
    assertThat(run("list", "--catalogue", c, "--date", "2026-03-02").out())
        .containsPattern("(?m)^620300-MZ-002 +高龄津贴申领 \\| .* \\| 2026\\.1 \\| 自 2026-07-01 起施行新版本 2026\\.2$");
    assertThat(run("list", "--catalogue", c, "--date", "2026-03-02", "--lang", "en").out())
        .containsPattern("(?m)^620300-MZ-002 .* \\| 2026\\.1 \\| New version 2026\\.2 in force from 2026-07-01$");
    assertThat(run("list", "--catalogue", c, "--date", "2026-07-01").out()).containsPattern("(?m)^620300-MZ-002 .* \\| 2026\\.2$");
    assertThat(run("guide", "--catalogue", c, "--item", "620300-MZ-002", "--date", "2026-03-02", "--format", "html").out())
        .contains("2026-03-02 施行的版本:2026.1").contains("<strong>自 2026-07-01 起施行新版本 2026.2</strong>").contains("承诺时限 5 个工作日");
    assertThat(run("guide", "--catalogue", c, "--item", "620300-MZ-002", "--date", "2026-07-01", "--format", "html").out())
        .contains("2026.2,自 2026-07-01 起施行").contains("承诺时限 3 个工作日").doesNotContain("新版本");
    assertThat(new ObjectMapper().readTree(run("guide", "--catalogue", c, "--item", "620300-MZ-002", "--date", "2026-07-01", "--json").out())
        .get("version").asText()).isEqualTo("2026.2");
    Run tooEarly = run("guide", "--item", "620300-MZ-002", "--date", "2024-12-31", "--lang", "en");
    assertThat(tooEarly.exit()).isEqualTo(ExitCodes.USAGE);
    assertThat(tooEarly.err()).contains("Item 620300-MZ-002 is not in force on 2024-12-31: its version 2026.1 is in force from 2025-01-01.");
    assertThat(run("report", "--catalogue", c, "--date", "2026-03-02").out()).startsWith("统计日期 2026-03-02\n")
        .contains("即将施行的新版本:\n  620300-MZ-002 高龄津贴申领:自 2026-07-01 起施行新版本 2026.2");
    assertThat(run("report", "--catalogue", c, "--date", "2026-03-02", "--format", "html", "--lang", "en").out())
        .contains("<h2>Upcoming versions</h2>").contains("New version 2026.2 in force from 2026-07-01");
    assertThat(new ObjectMapper().readTree(run("report", "--catalogue", c, "--date", "2026-07-01", "--json").out()).get("upcoming"))
        .as("only the sample's own suspension of NY-006 is still to come").singleElement()
        .satisfies(u -> assertThat(u.get("code").asText()).isEqualTo("620300-NY-006"));
    assertThat(run("list", "--catalogue", c, "--date", "2026-07-01").out())
        .containsPattern("(?m)^620300-NY-006 .* \\| 2026\\.1 \\| 自 2027-01-01 起暂停办理\\(新版本 2027\\.1\\)$");
    assertThat(run("list", "--date", "2024-12-31", "--json").out().strip()).as("nothing is in force before the sample starts").isEqualTo("[ ]");
  }

  @Test
  void reportWritesAnHtmlPageWithCharts() {
    Run r = run("report", "--format", "html");
    assertThat(r.exit()).isEqualTo(ExitCodes.OK);
    assertThat(r.out()).contains("<svg").contains("民政局").contains("承诺时限压缩比").doesNotContainPattern("(src|href)=\"https?:").doesNotContain("<script");
    Run en = run("report", "--format", "html", "--lang", "en");
    assertThat(en.out()).contains("<html lang=\"en\">").contains("Promised-limit compression").contains(">county level</text>")
        .doesNotContain("承诺时限压缩比").doesNotContain("县级");
  }

  /** The payloads of the hostile corpus that would break generated rule or markup text (NUL cannot be written in YAML). */
  static final List<String> PAYLOADS = List.of("\"", "\\", "//", ") eval(true)", "${jndi:ldap://127.0.0.1/x}", "#{1+1}",
      "<script>alert(1)</script>", "'; DROP TABLE items; --", "\" onmouseover=\"x", "</td></tr></table><img src=x>", "]]><!--");

  @Test
  void catalogueTextIsEscapedInEveryHtmlOutput(@TempDir Path dir) throws IOException {
    copySample(dir);
    String all = String.join(" ", PAYLOADS);
    String quoted = "'" + all.replace("'", "''") + "'";
    Path item = dir.resolve("items/620300-MZ-002.yaml");
    Files.writeString(item, Files.readString(item)
        .replace("name: 高龄津贴申领", "name: '高龄津贴" + quoted.substring(1))
        .replace("department: 民政局", "department: " + quoted)
        .replace("      text: 年满80周岁", "      text: " + quoted)
        .replace("    name: 社会保障卡或本人银行账户", "    name: " + quoted)
        .replace("    notes: 用于按月发放津贴,可容缺后补。", "    notes: " + quoted));
    Run valid = run("validate", dir.toString());
    assertThat(valid.exit()).as(valid.out()).isEqualTo(ExitCodes.OK);
    Path guides = dir.resolve("guides");
    run("guide", "--catalogue", dir.toString(), "--out", guides.toString());
    String notice = run("notice", "--catalogue", dir.toString(), "--item", "620300-MZ-002", "--date", "2026-03-02",
        "--fact", "age=70", "--fact", "agentApplies=false").out();
    String report = run("report", "--catalogue", dir.toString(), "--format", "html").out();
    for (String html : List.of(Files.readString(guides.resolve("620300-MZ-002.html")), Files.readString(guides.resolve("index.html")), notice, report)) {
      assertThat(html).doesNotContain("<script>").doesNotContain("<img").doesNotContain("\" onmouseover").doesNotContain("</td></tr></table><img")
          .doesNotContain("<!--");
    }
    assertThat(notice).contains("&lt;script&gt;alert(1)&lt;/script&gt;").contains("${jndi:ldap://127.0.0.1/x}").contains("#{1+1}");
    String markdown = Files.readString(guides.resolve("620300-MZ-002.md"));
    assertThat(markdown).doesNotContain("<script>").doesNotContain("<img src=x>").contains("\\<script\\>");
    String junit = run("validate", dir.toString(), "--format", "junit").out();
    assertThat(junit).doesNotContain("<script>");
  }

  @Test
  void askInterviewsOneQuestionAtATimeAndReasksOnABadAnswer() {
    Run r = runWithInput("620302001001\n1\n650\nperhaps\n1\n1\n2\n",
        "ask", "--item", "620300-MZ-001", "--at", "620321001", "--date", "2026-03-02");
    assertThat(r.exit()).isEqualTo(ExitCodes.OK);
    assertThat(r.out()).containsSubsequence("户籍登记在哪个村", "城镇户籍还是农村户籍", "月人均收入", "财产", "请重新回答", "财产",
        "首次申请、信息变更还是年度复核", "持证残疾人", "结论:符合条件", "多地联办");
  }

  @Test
  void askStopsWhenTheOutcomeIsSettled() {
    Run r = runWithInput("620302001001\n70\n", "ask", "--item", "620300-MZ-002", "--date", "2026-03-02");
    assertThat(r.out()).contains("多少周岁").contains("结论:不符合条件").contains("年满80周岁").doesNotContain("是否由他人代为申请");
    assertThat(r.exit()).isEqualTo(ExitCodes.OK);
  }

  @Test
  void askReportsAnswersThatEndTooSoon() {
    Run r = runWithInput("620302001001\n", "ask", "--item", "620300-MZ-002", "--at", "620302001", "--date", "2026-03-02", "--lang", "en");
    assertThat(r.exit()).isEqualTo(ExitCodes.FAILURE);
    assertThat(r.out()).contains("The answers ended before the interview did").contains("Status: More information needed");
    assertThat(run("ask", "--item", "NOPE").exit()).isEqualTo(ExitCodes.USAGE);
  }

  @Test
  void diffShowsElementChangesAndCanFailOnStandardOnes(@TempDir Path dir) throws IOException {
    Path before = dir.resolve("old");
    Path after = dir.resolve("new");
    Files.createDirectories(before);
    Files.createDirectories(after);
    copySample(before);
    copySample(after);
    Path item = after.resolve("items/620300-MZ-002.yaml");
    Files.writeString(item, Files.readString(item).replace("promised: 5", "promised: 3").replace("    deferrable: true\n    notes: 用于", "    notes: 用于"));
    Path local = after.resolve("items/620300-YB-001.yaml");
    Files.writeString(local, Files.readString(local).replace("0935-0000001", "0935-7654321"));

    Run r = run("diff", before.toString(), after.toString(), "--fail-on-standard-change");
    assertThat(r.exit()).isEqualTo(ExitCodes.FAILURE);
    assertThat(r.out()).contains("  620300-MZ-002 高龄津贴申领").contains("    承诺时限:5 个工作日 → 3 个工作日")
        .contains("    申请材料 bankCard(社会保障卡或本人银行账户) · 可容缺:是 → 否")
        .contains("    本地信息 620302(金川区) · 电话:0935-0000001 → 0935-7654321(不涉及标准要素)")
        .contains("共 3 处变化,其中 2 处涉及标准要素");
    assertThat(run("diff", before.toString(), after.toString(), "--lang", "en").out())
        .contains("    promised time limit: 5 working days → 3 working days")
        .contains("    material bankCard (社会保障卡或本人银行账户) · deferrable: yes → no")
        .contains("3 change(s), 2 of them to standard elements");

    Files.writeString(item, Files.readString(before.resolve("items/620300-MZ-002.yaml")));
    Run localOnly = run("diff", before.toString(), after.toString(), "--fail-on-standard-change");
    assertThat(localOnly.exit()).as("a local change is not a standard change").isEqualTo(ExitCodes.OK);
    JsonNode json = new ObjectMapper().readTree(run("diff", before.toString(), after.toString(), "--json").out());
    assertThat(json).hasSize(1);
    assertThat(json.get(0).get("subject").asText()).isEqualTo("item");
    assertThat(json.get(0).get("before").asText()).isEqualTo("0935-0000001");
    assertThat(json.get(0).get("standard").asBoolean()).isFalse();
    assertThat(run("diff", before.toString(), dir.resolve("missing").toString()).exit()).isEqualTo(ExitCodes.FAILURE);
    assertThat(run("diff", before.toString()).exit()).isEqualTo(ExitCodes.USAGE);
  }

  @Test
  void diffSaysWhichFactRegionParameterAndHolidayChanged(@TempDir Path dir) throws IOException {
    Path before = dir.resolve("old");
    Path after = dir.resolve("new");
    copySample(before);
    copySample(after);
    Path facts = after.resolve("facts.yaml");
    Files.writeString(facts, Files.readString(facts).replace("question: 申请人今年多少周岁?", "question: 申请人几岁?"));
    Path regions = after.resolve("regions.yaml");
    Files.writeString(regions, Files.readString(regions).replaceFirst("name: 金川区\n", "name: 金川新区\n"));
    Path parameters = after.resolve("parameters.yaml");
    Files.writeString(parameters, Files.readString(parameters).replace("        value: 810\n", "        value: 850\n"));
    Path calendar = after.resolve("calendar/2026.yaml");
    Files.writeString(calendar, Files.readString(calendar).replace("workdays:\n", "  - {name: 示例假日, from: 2026-12-31, to: 2026-12-31}\nworkdays:\n"));

    Run zh = run("diff", before.toString(), after.toString(), "--fail-on-standard-change");
    assertThat(zh.exit()).as("facts, regions, parameters and the calendar are standard").isEqualTo(ExitCodes.FAILURE);
    assertThat(zh.out()).contains("事实字典\n  age 年龄\n    提问:申请人今年多少周岁? → 申请人几岁?")
        .contains("行政区划\n  620302 金川新区\n    名称:金川区 → 金川新区")
        .contains("    期间 2026-01-01 · 数值:810 元/月 → 850 元/月")
        .contains("工作日历\n    节假日 新增:2026-12-31 示例假日")
        .doesNotContain("Validity[").doesNotContain("203 个");
    Run en = run("diff", before.toString(), after.toString(), "--lang", "en");
    assertThat(en.out()).contains("Fact dictionary\n  age 年龄\n    question: 申请人今年多少周岁? → 申请人几岁?")
        .contains("    name: 金川区 → 金川新区").contains("    period 2026-01-01 · value: 810 元/月 → 850 元/月")
        .contains("    public holiday added: 2026-12-31 示例假日");
    assertThat(en.out().replaceAll("年龄|申请人今年多少周岁?|申请人几岁?|金川新区|金川区|元/月|示例假日|城市居民最低生活保障标准", ""))
        .as("no Chinese in English output but catalogue content").doesNotContainPattern("\\p{IsHan}");
  }

  @Test
  void anInternalErrorShowsNoStackTraceUnlessDebug(@TempDir Path dir) throws IOException {
    Path notADir = Files.writeString(dir.resolve("file.yaml"), "x");
    Run r = run("guide", "--out", notADir.toString());
    assertThat(r.exit()).isEqualTo(ExitCodes.INTERNAL);
    assertThat(r.err()).contains("内部错误").contains("--debug").doesNotContain("\tat ");
    assertThat(run("guide", "--out", notADir.toString(), "--lang", "en").err()).contains("internal error").contains("run again with --debug");
    Run debug = run("guide", "--out", notADir.toString(), "--debug");
    assertThat(debug.err()).contains("\tat ");
  }

  @Test
  void everyCommandWritesJsonOnRequest() throws IOException {
    ObjectMapper json = new ObjectMapper();
    assertThat(json.readTree(run("test", "--json").out()).get("failed").asInt()).isZero();
    assertThat(json.readTree(run("guide", "--item", "620300-MZ-002", "--json").out()).get("code").asText()).isEqualTo("620300-MZ-002");
    assertThat(json.readTree(run("notice", "--item", "620300-MZ-002", "--date", "2026-03-02", "--fact", "age=82", "--json").out())
        .get("title").asText()).as("the notice document, not the decision").isEqualTo("补充信息告知书 · 高龄津贴申领");
    assertThat(json.readTree(runWithInput("620302001001\n70\n", "ask", "--item", "620300-MZ-002", "--date", "2026-03-02", "--json").out())
        .get("status").asText()).isEqualTo("INELIGIBLE");
    assertThat(json.readTree(run("list", "--json").out()).size()).isEqualTo(61);
  }

  @Test
  void screenStreamsResidentsAndSkipsBadRowsWithTheirLineNumbers(@TempDir Path dir) throws IOException {
    Path jsonl = dir.resolve("residents.jsonl");
    Files.writeString(jsonl, String.join("\n",
        "{\"id\": \"r1\", \"age\": 85, \"householdRegion\": \"620302001001\", \"agentApplies\": false}",
        "{\"id\": \"r2\", \"age\": 70, \"householdRegion\": \"620321001002\"}",
        "not json",
        "{\"id\": \"r4\", \"age\": \"old\"}",
        "",
        "{\"id\": \"r6\", \"householdRegion\": \"620302001001\"}",
        "{\"id\": \"r7\", \"age\": 85, \"householdRegion\": \"620302001001\"}") + "\n");
    Path out = dir.resolve("out.jsonl");
    Run r = run("screen", "--items", "620300-MZ-002,620300-YB-001", "--residents", jsonl.toString(), "--out", out.toString(),
        "--date", "2026-03-02", "--lang", "en");
    assertThat(r.exit()).as("rows were skipped").isEqualTo(ExitCodes.FAILURE);
    List<String> lines = Files.readAllLines(out);
    assertThat(lines).hasSize(8);
    assertThat(lines.get(0)).contains("\"resident\":\"r1\"").contains("\"item\":\"620300-MZ-002\"").contains("\"status\":\"ELIGIBLE\"");
    assertThat(lines.get(2)).contains("\"resident\":\"r2\"").contains("INELIGIBLE");
    assertThat(lines.get(4)).contains("\"resident\":\"r6\"").contains("NEEDS_INFO").contains("\"nextQuestions\":[\"age\"");
    assertThat(lines.get(6)).as("who applies changes nothing about eligibility")
        .contains("\"resident\":\"r7\"").contains("\"status\":\"ELIGIBLE\"");
    assertThat(r.err()).contains("line 3 cannot be read").contains("line 4 (r4): age:").contains("5 residents (1 skipped, 1 malformed lines); eligible 2");

    Path csv = dir.resolve("residents.csv");
    Files.writeString(csv, "id,age,householdRegion,agentApplies\nc1,90,620302001001,false\nc2,\"81\",620321001001,true\nc3,1,2\n");
    Run c = run("screen", "--items", "620300-MZ-002", "--residents", csv.toString(), "--date", "2026-03-02");
    assertThat(c.out().lines().count()).isEqualTo(2);
    assertThat(c.out()).contains("\"resident\":\"c2\"");
    assertThat(c.err()).contains("第 4 行无法读取");
    assertThat(run("screen", "--items", "NOPE", "--residents", csv.toString()).exit()).isEqualTo(ExitCodes.USAGE);
    assertThat(run("screen", "--items", "620300-MZ-002", "--residents", dir.resolve("none.csv").toString()).exit()).isEqualTo(ExitCodes.USAGE);
  }

  @Test
  void listRefusesABrokenCatalogue(@TempDir Path dir) throws IOException {
    copySample(dir);
    Files.delete(dir.resolve("regions.yaml"));
    Run r = run("list", "--catalogue", dir.toString());
    assertThat(r.exit()).isEqualTo(ExitCodes.FAILURE);
    assertThat(r.err()).contains("regions.yaml").contains("catalogue.missing-file");
  }
}
