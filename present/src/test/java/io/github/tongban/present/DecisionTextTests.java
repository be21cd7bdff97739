package io.github.tongban.present;

import static io.github.tongban.present.NoticesTests.CATALOGUE;
import static io.github.tongban.present.NoticesTests.decide;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.tongban.catalog.SampleCatalogue;
import io.github.tongban.core.load.CatalogueLoader;
import io.github.tongban.core.model.Catalogue;
import io.github.tongban.rules.Application;
import io.github.tongban.rules.Decision;
import io.github.tongban.rules.DecisionEngine;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A decision as terminal text: the same content in both languages, labels from the bundle (never an enum constant), catalogue text neutralised. */
class DecisionTextTests {
  /** The enum constants a decision holds, as Java names them. */
  static final Pattern ENUM_CONSTANT = Pattern.compile("\\b(ELIGIBLE|INELIGIBLE|NEEDS_INFO|ACCEPTED|REFUSED|UNDETERMINED|LOCAL|ONLINE|PROXY|JOINT"
      + "|REQUIRED|EXEMPT|DEFERRABLE|ORIGINAL|COPY|ELECTRONIC|WINDOW|POST|NONE|PARTIAL|FULL|FAILED|UNKNOWN|MET)\\b");

  static Decision eligible() {
    return decide("620300-MZ-002", "620321001", "2026-02-12", Map.of("age", 82, "householdRegion", "620302001001"));
  }

  @Test
  void chineseTextReadsOutTheWholeDecision() {
    String text = DecisionText.of(CATALOGUE, eligible(), Language.ZH);
    assertThat(text).startsWith("620300-MZ-002 高龄津贴申领  [版本 2026.1 · 目录版本 2026.11-sample]\n")
        .contains("结论:符合条件", "[符合] 年满80周岁(年龄 82 周岁", "居民身份证: 免提交,由 公安部门居民身份证电子证照 提供")
        .contains("可容缺,最迟 2026-02-26 补交", "代办人居民身份证: 须提交原件 1 份(如委托他人代办:是)")
        .contains("受理:可受理,异地代收代办(城关镇便民服务中心)", "办理机关:金川区民政局", "结果送达:无需送达")
        .contains("时限:承诺 5 个工作日,2026-02-26 前办结(法定 20 个工作日,2026-03-18)", "收费:免费;跑动次数:0;全程网办");
    assertThat(CatalogueText.englishOutsideCatalogue(text.replace("(agentApplies)", ""), CATALOGUE)).isEmpty();
  }

  @Test
  void englishTextHasLabelsNotEnumConstantsAndNoChineseOutsideCatalogueContent() {
    for (Decision d : List.of(eligible(), NoticesTests.notEligible(), NoticesTests.needsInformation(), NoticesTests.eligibleButRefusedHere())) {
      String text = DecisionText.of(CATALOGUE, d, Language.EN);
      assertThat(ENUM_CONSTANT.matcher(text).results().map(m -> m.group()).toList()).as(text).isEmpty();
      assertThat(CatalogueText.chineseOutsideCatalogue(text, CATALOGUE)).as(text).isEmpty();
    }
    assertThat(DecisionText.of(CATALOGUE, eligible(), Language.EN)).contains("Status: Eligible", "[met] 年满80周岁 (年龄 82 周岁, at least")
        .contains("居民身份证: exempt, supplied by 公安部门居民身份证电子证照", "may follow, by 2026-02-26 at the latest")
        .contains("代办人居民身份证: bring 1 × original (if 委托他人代办: yes)")
        .contains("Acceptance: May be accepted here, collected here and forwarded to the territorial authority (城关镇便民服务中心)")
        .contains("Time: promised 5 working days, by 2026-02-26 (statutory 20 working days, by 2026-03-18)", "Fee: free; trips: 0; fully online");
    assertThat(DecisionText.of(CATALOGUE, NoticesTests.needsInformation(), Language.EN)).contains("Status: More information needed")
        .contains("Next questions:", "(monthlyIncomePerCapita)");
  }

  @Test
  void englishRewordsTheConditionsOfScenariosAndMaterialsTheCatalogueLeavesUntexted() {
    Decision d = decide("620300-GA-003", "620321001", "2026-03-02", Map.of("householdRegion", "620302001001"));
    String text = DecisionText.of(CATALOGUE, d, Language.EN);
    assertThat(text).contains("有效期满或证件严重损坏换领 (if 换领原因 is one of 有效期满, 证件损坏)", "登记项目变更换领 (if 换领原因 is 登记信息变更)")
        .contains("原居民身份证: bring 1 × original (if 换领原因 is one of 有效期满, 证件损坏 or 换领原因 is 登记信息变更)")
        .contains("户口登记项目变更记录: exempt, supplied by 公安人口信息库 (if 换领原因 is 登记信息变更)")
        .contains("Fee: 20 yuan; trips: 1; partly online");
  }

  @Test
  void theCalendarWarningAndANonWorkingDayAreSaid() {
    Decision d = decide("620300-MZ-002", "620321001", "2026-12-20", Map.of("age", 82, "householdRegion", "620302001001"));
    assertThat(DecisionText.of(CATALOGUE, d, Language.ZH)).contains("2026-12-20 不是工作日,按 2026-12-21 受理起算。", "注意:日历未包含");
    assertThat(DecisionText.of(CATALOGUE, d, Language.EN)).contains("2026-12-20 is not a working day: counted as accepted on 2026-12-21.")
        .contains("Note: the calendar lacks the holidays");
  }

  @Test
  void catalogueTextCannotStartALineOrReachTheTerminalAsAControl(@TempDir Path dir) throws IOException {
    SampleCatalogue.copyTo(dir);
    Path item = dir.resolve("items/620300-MZ-002.yaml");
    Files.writeString(item, Files.readString(item).replace("name: 高龄津贴申领", "name: \"高龄津贴\\n::error file=x,line=1::forged\\e[31m\"")
        .replace("    name: 社会保障卡或本人银行账户", "    name: \"银行账户\\r\\n::warning::forged\""));
    Catalogue hostile = CatalogueLoader.withDefaults().load(dir).orElseThrow();
    Decision d = DecisionEngine.of(hostile).decide(Application.forItem("620300-MZ-002").at("620321001").on(LocalDate.of(2026, 2, 12))
        .facts(Map.of("age", 82, "householdRegion", "620302001001")).build());
    for (Language l : Language.values()) {
      String text = DecisionText.of(hostile, d, l);
      assertThat(text.lines()).noneMatch(line -> line.startsWith("::")).allMatch(SafeText::isSafeLine);
      assertThat(text).doesNotContain("\u001b", "\u202e", "\r").contains("高龄津贴 ::error file=x,line=1::forged");
    }
  }
}
