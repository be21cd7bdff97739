package io.github.tongban.present;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.tongban.catalog.SampleCatalogue;
import io.github.tongban.core.model.Catalogue;
import io.github.tongban.rules.Acceptance;
import io.github.tongban.rules.Application;
import io.github.tongban.rules.Decision;
import io.github.tongban.rules.DecisionEngine;
import io.github.tongban.rules.Status;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The notice follows the verdict: a one-time notice with the checklist and the due dates only for
 * an application that is eligible and may be accepted where it is handed in; a refusal with the
 * reasons and the values applied, and no checklist, acceptance or due date, for one that is not
 * eligible; the open questions for one that needs information; where to apply instead for one that
 * is eligible but may not be accepted there. In Chinese and in English, with no Chinese in English
 * notices except catalogue content.
 */
class NoticesTests {
  static final Catalogue CATALOGUE = SampleCatalogue.catalogue();
  static final DecisionEngine ENGINE = DecisionEngine.of(CATALOGUE);

  static Decision decide(String item, String at, String date, Map<String, Object> facts) {
    Application.Builder b = Application.forItem(item).on(LocalDate.parse(date)).facts(facts);
    if (at != null) {
      b.at(at);
    }
    return ENGINE.decide(b.build());
  }

  /** 高龄津贴 at another county's township, 82 and registered in the city: eligible, collected here and forwarded. */
  static Decision eligibleAndAccepted() {
    return decide("620300-MZ-002", "620321001", "2026-02-12", Map.of("age", 82, "householdRegion", "620302001001"));
  }

  /** The failing case of the issue: 70 years old, not eligible. */
  static Decision notEligible() {
    return decide("620300-MZ-002", "620321001", "2026-11-30", Map.of("age", 70));
  }

  /** 低保 with only the household known: income and assets are still open. */
  static Decision needsInformation() {
    return decide("620300-MZ-001", "620302001", "2026-03-02", Map.of("householdRegion", "620302001001"));
  }

  /** 临时救助 (township scope) at a county service centre, which does not handle the item: eligible, refused here. */
  static Decision eligibleButRefusedHere() {
    return decide("620300-MZ-004", "620321", "2026-03-02",
        Map.of("householdRegion", "620302001001", "suddenHardship", true, "agentApplies", false));
  }

  /** 临时救助 at another county's township with the residence unknown: eligible, not yet known whether it may be accepted here. */
  static Decision eligibleButUndeterminedHere() {
    return decide("620300-MZ-004", "620321001", "2026-03-02",
        Map.of("householdRegion", "620302001001", "suddenHardship", true, "agentApplies", false));
  }

  static String zh(Decision d) {
    return CatalogueText.text(Notices.notice(CATALOGUE, d, Language.ZH));
  }

  static String en(Decision d) {
    return CatalogueText.text(Notices.notice(CATALOGUE, d, Language.EN));
  }

  @Test
  void theSampleCasesHaveTheVerdictsTheirNoticesAreAbout() {
    assertThat(Notices.kind(eligibleAndAccepted())).isEqualTo(Notices.Kind.ONE_TIME);
    assertThat(notEligible().status()).isEqualTo(Status.INELIGIBLE);
    assertThat(Notices.kind(notEligible())).isEqualTo(Notices.Kind.REFUSAL);
    assertThat(Notices.kind(needsInformation())).isEqualTo(Notices.Kind.INFORMATION_NEEDED);
    assertThat(eligibleButRefusedHere().acceptance().outcome()).isEqualTo(Acceptance.Outcome.REFUSED);
    assertThat(Notices.kind(eligibleButRefusedHere())).isEqualTo(Notices.Kind.REFERRAL);
    assertThat(eligibleButUndeterminedHere().acceptance().outcome()).isEqualTo(Acceptance.Outcome.UNDETERMINED);
    assertThat(Notices.kind(eligibleButUndeterminedHere())).isEqualTo(Notices.Kind.REFERRAL);
  }

  @Test
  void anEligibleApplicationAcceptedHereGetsTheOneTimeNoticeWithTheFullChecklistAndDueDates() {
    String zh = zh(eligibleAndAccepted());
    assertThat(zh).startsWith("一次性告知书 · 高龄津贴申领")
        .contains("事项:620300-MZ-002 高龄津贴申领(版本 2026.1)", "目录版本:2026.11-sample", "申请日期:2026-02-12",
            "申请地点:城关镇便民服务中心(620321001)", "办理机关:金川区民政局")
        .contains("符合条件", "年满80周岁(年龄 82 周岁,不低于高龄津贴起始年龄 80 周岁")
        .contains("居民身份证", "免提交:由公安部门居民身份证电子证照提供", "可容缺:签署承诺书后,最迟于 2026-02-26 前补交", "用于按月发放津贴")
        .as("a material needed only in a scenario still open says when").contains("代办人居民身份证", "如委托他人代办:是时需要。")
        .contains("可受理(异地代收代办):城关镇便民服务中心(620321001)", "结果送达:无需送达")
        .contains("承诺时限 5 个工作日,最迟 2026-02-26 办结;法定时限 20 个工作日(2026-03-18)。")
        .contains("不收费。", "跑动次数 0 次;全程网办。", "设定依据", "《中华人民共和国老年人权益保障法》第三十三条")
        .contains("受理人(签字)", "申请人(签字)", "示例内容")
        .doesNotContain("注意:日历");
    String en = en(eligibleAndAccepted());
    assertThat(en).startsWith("One-time notice · 高龄津贴申领")
        .contains("Item: 620300-MZ-002 高龄津贴申领 (version 2026.1)", "Catalogue version: 2026.11-sample", "Deciding authority: 金川区民政局")
        .contains("Exempt: supplied by 公安部门居民身份证电子证照", "May follow: on a written commitment, by 2026-02-26 at the latest")
        .contains("Needed if 委托他人代办: yes.")
        .contains("May be accepted here (collected here and forwarded to the territorial authority): 城关镇便民服务中心 (620321001)")
        .contains("Promised: 5 working days, decided by 2026-02-26 at the latest. Statutory: 20 working days, by 2026-03-18.")
        .contains("No fee.", "Clerk (signature)", "Applicant (signature)", "illustrative content, not legal text");
    assertThat(CatalogueText.chineseOutsideCatalogue(en, CATALOGUE)).isEmpty();
  }

  @Test
  void aFeeIsShownWithItsBasisAndNotes() {
    Decision d = decide("620300-GA-003", "620321001", "2026-03-02", Map.of("householdRegion", "620302001001", "renewalReason", "有效期满"));
    assertThat(Notices.kind(d)).isEqualTo(Notices.Kind.ONE_TIME);
    assertThat(zh(d)).contains("收费 20 元(依据:《国家发展改革委 财政部关于居民身份证收费标准及有关问题的通知》第一条)", "证件工本费每证20元");
    String en = en(d);
    assertThat(en).contains("Fee: 20 yuan (basis: 《国家发展改革委 财政部关于居民身份证收费标准及有关问题的通知》第一条)")
        .contains("Result delivered: collected at the window, by post");
    assertThat(CatalogueText.chineseOutsideCatalogue(en, CATALOGUE)).isEmpty();
  }

  @Test
  void anApplicationThatIsNotEligibleGetsARefusalWithTheValuesAppliedAndNoChecklistAcceptanceOrDueDate() {
    Decision d = notEligible();
    String zh = zh(d);
    assertThat(zh).startsWith("不予受理告知书 · 高龄津贴申领")
        .contains("不予受理的理由", "年满80周岁(年龄 70 周岁,低于高龄津贴起始年龄 80 周岁", "(依据:《甘肃省老年人权益保障条例》第二十六条)")
        .contains("申请地点:城关镇便民服务中心(620321001)", "申请日期:2026-11-30", "受理人(签字)", "申请人(签字)", "设定依据")
        .doesNotContain("可受理", "办结", "时限", "补交", "申请材料", "居民身份证", "异地代收代办", "工作日")
        .doesNotContain(d.timing().promisedDue().toString(), d.timing().statutoryDue().toString());
    String en = en(d);
    assertThat(en).startsWith("Notice of refusal (not eligible) · 高龄津贴申领")
        .contains("年满80周岁 (年龄 70 周岁, below 高龄津贴起始年龄 80 周岁", "(basis: 《甘肃省老年人权益保障条例》第二十六条)")
        .doesNotContain("accepted here", "working days", "Materials", "Exempt", "collected here", "decided by")
        .doesNotContain(d.timing().promisedDue().toString(), d.timing().statutoryDue().toString());
    assertThat(CatalogueText.chineseOutsideCatalogue(en, CATALOGUE)).isEmpty();
  }

  @Test
  void anApplicationThatNeedsInformationGetsTheOpenQuestionsAndNoChecklistOrDueDate() {
    Decision d = needsInformation();
    String zh = zh(d);
    assertThat(zh).startsWith("补充信息告知书 · 最低生活保障审核确认")
        .contains("还需提供的信息", "申请人是城镇户籍还是农村户籍?", "(选项:城镇 / 农村)", "申请人家庭上一年度的月人均收入是多少元?", "(单位:元/月)")
        .contains("尚待确认的条件", "家庭月人均收入低于当地最低生活保障标准")
        .doesNotContain("可受理", "办结", "补交", "申请材料清单", "家庭收入及财产状况申报表", "工作日")
        .doesNotContain(d.timing().promisedDue().toString());
    String en = en(d);
    assertThat(en).startsWith("Notice of information still needed")
        .contains("Please provide the following information", " (one of: 城镇 / 农村)", " (in 元/月)")
        .doesNotContain("accepted here", "working days", "Materials to bring")
        .doesNotContain(d.timing().promisedDue().toString());
    assertThat(CatalogueText.chineseOutsideCatalogue(en, CATALOGUE)).isEmpty();
  }

  @Test
  void anEligibleApplicationThatMayNotBeAcceptedHereIsToldWhereToApplyInsteadWithoutADueDate() {
    Decision d = eligibleButRefusedHere();
    String zh = zh(d);
    assertThat(zh).startsWith("办理地点告知书 · 临时救助")
        .contains("符合条件", "本服务网点不能受理", "可前往办理的地点", "滨河路街道便民服务中心(滨河路街道,620302001)")
        .contains("办理机关:滨河路街道人民政府", "申请地点:永昌县政务服务中心(620321)")
        .as("what to bring there, with no date that only the accepting place can set").contains("可容缺:签署承诺书后补交", "临时救助申请书")
        .doesNotContain("可受理", "办结", "最迟", "工作日")
        .doesNotContain(d.timing().promisedDue().toString(), d.timing().statutoryDue().toString());
    String en = en(d);
    assertThat(en).startsWith("Notice of where to apply · 临时救助")
        .contains("this service point may not accept it: This service point is at a level that does not handle the item.")
        .contains("滨河路街道便民服务中心 (滨河路街道, 620302001)", "May follow later on a written commitment")
        .doesNotContain("May be accepted here", "working days", "at the latest")
        .doesNotContain(d.timing().promisedDue().toString());
    assertThat(CatalogueText.chineseOutsideCatalogue(en, CATALOGUE)).isEmpty();
  }

  @Test
  void whenItIsNotYetKnownWhetherThisPointMayAcceptTheNoticeSaysSoAndWhatWouldSettleIt() {
    Decision d = eligibleButUndeterminedHere();
    assertThat(zh(d)).contains("尚不能确定本服务网点能否受理", "申请人现在居住在哪个村(社区)?", "滨河路第1社区便民服务站")
        .doesNotContain("可受理", "办结");
    String en = en(d);
    assertThat(en).contains("whether this service point may accept it is not settled yet", "Answers that would settle the rest");
    assertThat(CatalogueText.chineseOutsideCatalogue(en, CATALOGUE)).isEmpty();
  }

  @Test
  void everyNoticeWarnsWhenTheCalendarDoesNotKnowTheHolidaysOfAYearItsDatesReach() {
    Decision accepted = decide("620300-MZ-002", "620321001", "2026-12-20", Map.of("age", 82, "householdRegion", "620302001001"));
    Decision refused = decide("620300-MZ-002", "620321001", "2026-12-20", Map.of("age", 70));
    assertThat(accepted.timing().calendarKnown()).isFalse();
    assertThat(refused.timing().calendarKnown()).isFalse();
    for (Decision d : List.of(accepted, refused)) {
      assertThat(zh(d)).contains("注意:日历未包含");
      assertThat(en(d)).contains("Note: the calendar does not know the public holidays");
    }
    assertThat(zh(accepted)).contains("2026-12-20 不是工作日,按 2026-12-21 受理起算。");
  }

  @Test
  void chineseNoticesHaveNoEnglishOutsideCatalogueContent() {
    for (Decision d : List.of(eligibleAndAccepted(), notEligible(), needsInformation(), eligibleButRefusedHere(), eligibleButUndeterminedHere())) {
      assertThat(CatalogueText.englishOutsideCatalogue(zh(d), CATALOGUE)).as(Notices.kind(d).name()).isEmpty();
    }
  }

  @Test
  void theLanguageCheckFindsTextThatIsNotCatalogueContent() {
    assertThat(CatalogueText.chineseOutsideCatalogue("Item: 高龄津贴申领 may be accepted", CATALOGUE)).isEmpty();
    assertThat(CatalogueText.chineseOutsideCatalogue("Item: 高龄津贴申领 可受理", CATALOGUE)).hasSize(1);
    assertThat(CatalogueText.englishOutsideCatalogue("高龄津贴申领 2026.11-sample · tongban", CATALOGUE)).isEmpty();
    assertThat(CatalogueText.englishOutsideCatalogue("高龄津贴申领 Status: ELIGIBLE", CATALOGUE)).containsExactly("Status", "ELIGIBLE");
  }

  @Test
  void theContextFillsTheDateAndTheSignatures() {
    Doc doc = Notices.notice(CATALOGUE, eligibleAndAccepted(), Language.ZH,
        new Notices.Context(LocalDate.of(2026, 2, 13), Optional.of("王芳"), Optional.of("李明")));
    assertThat(CatalogueText.text(doc)).contains("告知日期:2026-02-13", "受理人(签字):王芳", "申请人(签字):李明");
  }

  @Test
  void theNoticeDocumentIsHeadingsParagraphsListsAndTablesForAPageToRender() {
    JsonNode oneTime = Notices.notice(CATALOGUE, eligibleAndAccepted(), Language.EN).json();
    assertThat(oneTime.get("title").asText()).isEqualTo("One-time notice · 高龄津贴申领");
    assertThat(oneTime.get("footer").asText()).contains("2026.11-sample");
    List<String> types = new ArrayList<>();
    oneTime.get("blocks").forEach(b -> types.add(b.get("type").asText()));
    assertThat(types).contains("heading", "paragraph", "list", "table").allMatch(t -> List.of("heading", "paragraph", "list", "table").contains(t));
    List<String> refusalTypes = new ArrayList<>();
    Notices.notice(CATALOGUE, notEligible(), Language.EN).json().get("blocks").forEach(b -> refusalTypes.add(b.get("type").asText()));
    assertThat(refusalTypes).as("a refusal has no checklist").doesNotContain("table");
  }

  @Test
  void markdownAndHtmlOfANoticeCarryTheSameVerdict() {
    Doc refusal = Notices.notice(CATALOGUE, notEligible(), Language.ZH);
    assertThat(refusal.markdown()).startsWith("# 不予受理告知书").doesNotContain("可受理").doesNotContain("办结").contains("示例内容");
    assertThat(refusal.html(Language.ZH)).contains("<h1>不予受理告知书 · 高龄津贴申领</h1>").doesNotContain("可受理").contains("示例内容");
    Doc oneTime = Notices.notice(CATALOGUE, eligibleAndAccepted(), Language.EN);
    assertThat(oneTime.html(Language.EN)).contains("<html lang=\"en\">").contains("<del>居民身份证</del>").contains("<th>Material</th>");
  }

  @Test
  void theFooterIsInOneLanguage() {
    assertThat(Guides.footer(CATALOGUE, Language.EN)).endsWith("illustrative content, not legal text").doesNotContain("示例内容");
    assertThat(Guides.footer(CATALOGUE, Language.ZH)).endsWith("不是法定文本").doesNotContain("illustrative");
  }
}
