package io.github.tongban.present;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.tongban.catalog.SampleCatalogue;
import io.github.tongban.core.load.CatalogueLoader;
import io.github.tongban.core.model.Catalogue;
import io.github.tongban.rules.Application;
import io.github.tongban.rules.Decision;
import io.github.tongban.rules.DecisionEngine;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The special procedures and the deferral exclusion, where the due date and the materials are
 * shown: the decision text, the JSON and the notice (which the clerk's page shows as the service
 * gives it), in Chinese and in English, with no Chinese in English output but the catalogue's own.
 * On a copy of the sample whose 高龄津贴 (620300-MZ-002) has the elements, as staff write them.
 */
class ItemElementsTextTests {
  static final String ELDERLY = "620300-MZ-002";
  static final String ELEMENTS = """
      specialProcedures:
        - {kind: expert-review, maxDays: 20, unit: working-days, basis: gslnr}
        - {kind: public-notice, maxDays: 5, unit: days}
        - {kind: hearing, maxDays: 10, unit: working-days, basis: lnr, countsTowardStatutory: true}
      deferralExcludedWhen: {fact: seriousDishonesty, op: eq, value: true, basis: gslnr}
      trips: 0
      """;
  static final String FACT = """
        - id: seriousDishonesty
          type: boolean
          label: 严重失信主体
          question: 申请人是否被依法列为严重失信主体?
      """;

  @TempDir
  static Path dir;
  static Catalogue catalogue;
  static DecisionEngine engine;

  @BeforeAll
  static void load() {
    try {
      SampleCatalogue.copyTo(dir);
      Path item = dir.resolve("items/" + ELDERLY + ".yaml");
      Files.writeString(item, Files.readString(item).replace("trips: 0\n", ELEMENTS));
      Path facts = dir.resolve("facts.yaml");
      if (!Files.readString(facts).contains("seriousDishonesty")) {
        Files.writeString(facts, Files.readString(facts).stripTrailing() + "\n" + FACT);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    catalogue = CatalogueLoader.withDefaults().load(dir).orElseThrow();
    engine = DecisionEngine.of(catalogue);
  }

  static Decision decide(String date, Boolean dishonest) {
    Application.Builder b = Application.forItem(ELDERLY).fact("age", 85).fact("householdRegion", "620302001001").fact("agentApplies", false)
        .at("620302001").on(LocalDate.parse(date));
    if (dishonest != null) {
      b.fact("seriousDishonesty", dishonest);
    }
    return engine.decide(b.build());
  }

  @Test
  void theDecisionTextSaysWhatTheDueDatesLeaveOutAndHowFarTheyMove() {
    Decision d = decide("2026-09-21", false);
    assertThat(DecisionText.of(catalogue, d, Language.ZH))
        .contains("时限:承诺 5 个工作日,2026-09-29 前办结(法定 20 个工作日,2026-10-26)")
        .contains("  法定期限不含专家评审,最长 20 个工作日(依据:《甘肃省老年人权益保障条例》第二十六条)\n")
        .contains("  法定期限不含公示,最长 5 个自然日\n")
        .contains("  听证(最长 10 个工作日)计入法定期限,期限不顺延(依据:《中华人民共和国老年人权益保障法》第三十三条)\n")
        .contains("  特别程序均用足最长时间时:承诺最迟 2026-11-09 办结,法定最迟 2026-11-30\n");
    String en = DecisionText.of(catalogue, d, Language.EN);
    assertThat(en).contains("  The statutory limit excludes expert review: at most 20 working days (basis: 《甘肃省老年人权益保障条例》第二十六条)\n")
        .contains("  The statutory limit excludes public notice: at most 5 calendar days\n")
        .contains("  hearing (at most 10 working days) counts toward the statutory limit: the dates do not move")
        .contains("  With every special procedure taking its longest: promised by 2026-11-09, statutory by 2026-11-30 at the latest\n");
    assertThat(CatalogueText.chineseOutsideCatalogue(en, catalogue)).as(en).isEmpty();
  }

  @Test
  void theJsonCarriesTheProceduresAndTheLatestDueDates() {
    JsonNode timing = Json.mapper().valueToTree(decide("2026-09-21", false)).get("timing");
    assertThat(timing.get("promisedDue").asText()).isEqualTo("2026-09-29");
    assertThat(timing.get("statutoryDue").asText()).isEqualTo("2026-10-26");
    assertThat(timing.get("latestPromisedDue").asText()).isEqualTo("2026-11-09");
    assertThat(timing.get("latestStatutoryDue").asText()).isEqualTo("2026-11-30");
    JsonNode review = timing.get("specialProcedures").get(0);
    assertThat(review.get("kind").asText()).isEqualTo("EXPERT_REVIEW");
    assertThat(review.get("name").asText()).isEqualTo("专家评审");
    assertThat(review.get("maxDays").asInt()).isEqualTo(20);
    assertThat(review.get("unit").asText()).isEqualTo("WORKING_DAYS");
    assertThat(review.get("basis").get("id").asText()).isEqualTo("gslnr");
    assertThat(review.get("countsTowardStatutory").asBoolean()).isFalse();
    assertThat(timing.get("specialProcedures").get(1).get("basis").isNull()).isTrue();
    assertThat(timing.get("specialProcedures").get(2).get("countsTowardStatutory").asBoolean()).isTrue();
  }

  @Test
  void theNoticeSaysItInBothLanguages() {
    Decision d = decide("2026-09-21", false);
    String zh = CatalogueText.text(Notices.notice(catalogue, d, Language.ZH));
    assertThat(zh).contains("法定期限不含专家评审,最长 20 个工作日。", "听证(最长 10 个工作日)计入法定期限,期限不顺延。")
        .contains("特别程序均用足最长时间时,承诺时限最迟 2026-11-09 办结,法定时限最迟 2026-11-30 办结。");
    String en = CatalogueText.text(Notices.notice(catalogue, d, Language.EN));
    assertThat(en).contains("The statutory limit excludes expert review: at most 20 working days.")
        .contains("With every special procedure taking its longest, the application is decided by 2026-11-09 (promised) and 2026-11-30 (statutory) at the latest.");
    assertThat(CatalogueText.chineseOutsideCatalogue(en, catalogue)).as(en).isEmpty();
  }

  @Test
  void anExclusionThatHoldsIsSaidWithItsWordingAndBasis() {
    Decision d = decide("2026-03-02", true);
    assertThat(DecisionText.of(catalogue, d, Language.ZH))
        .contains("* 社会保障卡或本人银行账户: 须提交复印件 1 份(不适用容缺,见下)")
        .contains("  不适用容缺后补和信用后补:严重失信主体:是(严重失信主体:是)(依据:《甘肃省老年人权益保障条例》第二十六条)");
    String en = DecisionText.of(catalogue, d, Language.EN);
    assertThat(en).contains("(may not follow later: see below)").contains("  No material may follow later: 严重失信主体: yes (严重失信主体: yes)");
    assertThat(CatalogueText.chineseOutsideCatalogue(en, catalogue)).as(en).isEmpty();
    String notice = CatalogueText.text(Notices.notice(catalogue, d, Language.ZH));
    assertThat(notice).contains("须提交(不适用容缺,见清单下方说明)", "不适用容缺后补和信用后补:严重失信主体:是(严重失信主体:是)。");
    JsonNode json = Json.mapper().valueToTree(d);
    assertThat(json.get("deferralExclusion").get("applies").asBoolean()).isTrue();
    assertThat(json.get("deferralExclusion").get("condition").get("basis").get("id").asText()).isEqualTo("gslnr");
    assertThat(json.get("deferralExclusion").get("materials").get(0).asText()).isEqualTo("bankCard");
  }

  @Test
  void anOpenExclusionMakesTheDeferralConditional() {
    Decision d = decide("2026-03-02", null);
    assertThat(DecisionText.of(catalogue, d, Language.ZH))
        .contains("- 社会保障卡或本人银行账户: 可容缺,最迟 2026-03-09 补交(除非严重失信主体:是)")
        .contains("  如严重失信主体:是,不适用容缺后补和信用后补,材料须当场提交");
    String en = DecisionText.of(catalogue, d, Language.EN);
    assertThat(en).contains("may follow, by 2026-03-09 at the latest (unless 严重失信主体: yes)")
        .contains("  If 严重失信主体: yes, no material may follow later: each must be brought");
    assertThat(CatalogueText.chineseOutsideCatalogue(en, catalogue)).as(en).isEmpty();
    String notice = CatalogueText.text(Notices.notice(catalogue, d, Language.EN));
    assertThat(notice).contains("May follow: on a written commitment, by 2026-03-09 at the latest (unless 严重失信主体: yes)")
        .contains("申请人是否被依法列为严重失信主体?");
    assertThat(CatalogueText.chineseOutsideCatalogue(notice, catalogue)).as(notice).isEmpty();
  }
}
