package io.github.tongban.present;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.tongban.catalog.SampleCatalogue;
import io.github.tongban.core.load.CatalogueLoader;
import io.github.tongban.core.model.Catalogue;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The list, the guides and the report show the version of each item in force on the day asked,
 * and flag a version published to come into force later: the published guide never contradicts
 * the decision made that day.
 */
class VersionsInForceTests {
  static final LocalDate BEFORE = LocalDate.of(2026, 3, 2);
  static final LocalDate AFTER = LocalDate.of(2026, 7, 1);
  static final String CODE = "620300-MZ-002";

  @TempDir
  static Path dir;

  static Catalogue catalogue;

  /** The sample with a second version of 高龄津贴申领 (2026.2, promised limit 3 days) in force from 2026-07-01. */
  @BeforeAll
  static void twoVersions() throws IOException {
    catalogue = withSecondVersion(dir);
  }

  static Catalogue withSecondVersion(Path dir) throws IOException {
    SampleCatalogue.copyTo(dir);
    Path first = dir.resolve("items/" + CODE + ".yaml");
    String item = Files.readString(first);
    Files.writeString(first, item.replace("  from: 2025-01-01", "  from: 2025-01-01\n  to: 2026-06-30"));
    Files.writeString(dir.resolve("items/" + CODE + "-2026.2.yaml"), item.replace("  from: 2025-01-01", "  from: 2026-07-01")
        .replace("version: \"2026.1\"", "version: \"2026.2\"").replace("promised: 5", "promised: 3"));
    return CatalogueLoader.withDefaults().load(dir).orElseThrow();
  }

  @Test
  void theListShowsTheVersionInForceAndFlagsTheUpcomingOne() {
    String before = line(Listing.lines(catalogue, BEFORE, Language.ZH));
    assertThat(before).contains("高龄津贴申领").contains("| 2026.1 |").endsWith("| 自 2026-07-01 起施行新版本 2026.2");
    assertThat(line(Listing.lines(catalogue, BEFORE, Language.EN))).endsWith("| New version 2026.2 in force from 2026-07-01");
    assertThat(line(Listing.lines(catalogue, AFTER, Language.ZH))).endsWith("| 2026.2");
    JsonNode json = find(Listing.json(catalogue, BEFORE));
    assertThat(json.get("version").asText()).isEqualTo("2026.1");
    assertThat(json.get("to").asText()).isEqualTo("2026-06-30");
    assertThat(json.get("upcoming").get("version").asText()).isEqualTo("2026.2");
    assertThat(json.get("upcoming").get("from").asText()).isEqualTo("2026-07-01");
    assertThat(find(Listing.json(catalogue, AFTER)).get("upcoming").isNull()).isTrue();
  }

  @Test
  void anItemWithNoVersionInForceIsLeftOutAndSaysWhenItIs(@TempDir Path late) throws IOException {
    SampleCatalogue.copyTo(late);
    Path file = late.resolve("items/" + CODE + ".yaml");
    Files.writeString(file, Files.readString(file).replace("  from: 2025-01-01", "  from: 2026-07-01"));
    Catalogue c = CatalogueLoader.withDefaults().load(late).orElseThrow();
    assertThat(Listing.lines(c, BEFORE, Language.ZH)).noneMatch(l -> l.startsWith(CODE));
    assertThat(Listing.json(c, BEFORE).findValuesAsText("code")).doesNotContain(CODE).hasSize(c.items().size() - 1);
    assertThat(Guides.unavailable(c, CODE, BEFORE, Language.ZH)).contains("事项 620300-MZ-002 在 2026-03-02 尚未施行:版本 2026.1 自 2026-07-01 起施行。");
    assertThat(Guides.unavailable(c, CODE, BEFORE, Language.EN))
        .contains("Item 620300-MZ-002 is not in force on 2026-03-02: its version 2026.1 is in force from 2026-07-01.");
    assertThat(Guides.unavailable(c, CODE, AFTER, Language.ZH)).isEmpty();
    assertThat(Guides.unavailable(c, "NOPE", BEFORE, Language.EN)).contains("The catalogue has no item NOPE (see tongban list).");
    assertThat(Reports.json(c, BEFORE).get("items").asInt()).isEqualTo(c.items().size() - 1);
  }

  @Test
  void theGuideShowsTheVersionInForceAndFlagsTheUpcomingOne() {
    Doc before = Guides.guide(catalogue, catalogue.item(CODE, BEFORE).orElseThrow(), BEFORE, Language.ZH);
    assertThat(rendered(before)).contains("2026-03-02 施行的版本:2026.1").contains("自 2026-07-01 起施行新版本 2026.2")
        .contains("2026.1,自 2025-01-01 至 2026-06-30 施行").contains("承诺时限 5 个工作日");
    assertThat(Guides.guide(catalogue, catalogue.item(CODE, BEFORE).orElseThrow(), BEFORE, Language.EN).html(Language.EN))
        .contains("<strong>New version 2026.2 in force from 2026-07-01</strong>").contains("2026.1, in force from 2025-01-01 to 2026-06-30");
    assertThat(before.markdown()).contains("**自 2026-07-01 起施行新版本 2026.2**");
    Doc after = Guides.guide(catalogue, catalogue.item(CODE, AFTER).orElseThrow(), AFTER, Language.ZH);
    assertThat(rendered(after)).contains("2026.2,自 2026-07-01 起施行").contains("承诺时限 3 个工作日").doesNotContain("新版本");
    String index = Guides.index(catalogue, catalogue.itemsInForce(BEFORE), BEFORE, Language.ZH, ".md").markdown();
    assertThat(index).containsPattern("\\| \\[620300-MZ-002\\]\\(620300-MZ-002\\.md\\) \\| 高龄津贴申领 \\|.*\\| 2026\\\\?\\.1 \\| 自 2026-07-01 起施行新版本 2026\\.2 \\|");
  }

  @Test
  void theReportCountsTheVersionsInForceAndListsTheUpcomingOnes() {
    List<String> before = Reports.lines(catalogue, BEFORE, Language.ZH);
    assertThat(before).startsWith("统计日期 2026-03-02").contains("即将施行的新版本:", "  620300-MZ-002 高龄津贴申领:自 2026-07-01 起施行新版本 2026.2");
    assertThat(Reports.lines(catalogue, BEFORE, Language.EN))
        .contains("Upcoming versions:", "  620300-MZ-002 高龄津贴申领: New version 2026.2 in force from 2026-07-01");
    assertThat(Reports.lines(catalogue, AFTER, Language.ZH)).as("MZ-002's new version is in force").noneMatch(l -> l.startsWith("  " + CODE))
        .as("the sample suspends NY-006 from 2027").contains("  620300-NY-006 种粮大户补贴:自 2027-01-01 起暂停办理(新版本 2027.1)");
    assertThat(Reports.lines(catalogue, AFTER, Language.EN)).contains("  620300-NY-006 种粮大户补贴: Suspended from 2027-01-01 (new version 2027.1)");
    JsonNode json = Reports.json(catalogue, BEFORE);
    assertThat(json.get("date").asText()).isEqualTo("2026-03-02");
    assertThat(json.get("upcoming").get(0).get("code").asText()).isEqualTo(CODE);
    assertThat(json.get("upcoming").get(0).get("from").asText()).isEqualTo("2026-07-01");
    assertThat(Reports.json(catalogue, AFTER).get("upcoming")).singleElement().satisfies(u -> {
      assertThat(u.get("code").asText()).isEqualTo("620300-NY-006");
      assertThat(u.get("status").asText()).as("enums spelled as decisions spell them").isEqualTo("SUSPENDED");
    });
    // the promised limit falls from 5 to 3 days: the compression counts the version in force
    assertThat(Reports.json(catalogue, AFTER).get("compression").decimalValue())
        .isGreaterThan(Reports.json(catalogue, BEFORE).get("compression").decimalValue());
    assertThat(Reports.html(catalogue, BEFORE, Language.EN).html(Language.EN)).contains("<h2>Upcoming versions</h2>")
        .contains("New version 2026.2 in force from 2026-07-01");
  }

  /** The guide's Markdown as a reader sees it. */
  private static String rendered(Doc doc) {
    return GuideMarkdownTests.plainText(GuideMarkdownTests.PARSER.parse(doc.markdown()));
  }

  private static String line(List<String> lines) {
    return lines.stream().filter(l -> l.startsWith(CODE)).findFirst().orElseThrow();
  }

  private static JsonNode find(JsonNode items) {
    for (JsonNode n : items) {
      if (n.get("code").asText().equals(CODE)) {
        return n;
      }
    }
    throw new AssertionError(CODE + " not listed");
  }
}
