package io.github.tongban.core.wording;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tongban.core.Fixtures;
import io.github.tongban.core.LocalizedText;
import io.github.tongban.core.condition.Condition;
import io.github.tongban.core.condition.Operand;
import io.github.tongban.core.condition.Operator;
import io.github.tongban.core.condition.Value;
import io.github.tongban.core.load.CatalogueLoader;
import io.github.tongban.core.model.Catalogue;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The one wording of conditions: each kind of condition in Chinese and in English, words from the
 * fact dictionary (labels), parameters (labels) and regions (names) around the catalogue's own
 * content, and the catalogue's own text as written in both.
 */
class ConditionWordingTests {
  static final Catalogue CATALOGUE = CatalogueLoader.withDefaults().load(Fixtures.base()).orElseThrow();
  static final ConditionWording WORDING = ConditionWording.of(CATALOGUE);
  static final Pattern HAN = Pattern.compile("\\p{IsHan}");

  static Condition.Compare compare(String fact, Operator op, Operand operand) {
    return new Condition.Compare(fact, op, operand, Optional.empty(), Optional.empty());
  }

  static Operand.Literal number(long n) {
    return new Operand.Literal(new Value.Number(BigDecimal.valueOf(n)));
  }

  static Operand.Literal yes(boolean b) {
    return new Operand.Literal(new Value.Bool(b));
  }

  static LocalizedText words(Condition c) {
    return WORDING.words(c);
  }

  @Test
  void aComparisonWithALiteralNamesTheFactTheOperatorAndTheValue() {
    assertThat(words(compare("age", Operator.GE, number(18)))).isEqualTo(new LocalizedText("年龄 大于等于 18", "年龄 is at least 18"));
    assertThat(words(compare("age", Operator.LT, number(60)))).isEqualTo(new LocalizedText("年龄 小于 60", "年龄 is less than 60"));
    assertThat(words(compare("kind", Operator.NE, new Operand.Literal(new Value.Text("变更")))))
        .isEqualTo(new LocalizedText("申请类别 不等于 变更", "申请类别 is not 变更"));
  }

  @Test
  void aYesOrNoFactReadsAsTheAnswerThatMakesItHold() {
    assertThat(words(compare("agent", Operator.EQ, yes(true)))).isEqualTo(new LocalizedText("代办:是", "代办: yes"));
    assertThat(words(compare("agent", Operator.EQ, yes(false)))).isEqualTo(new LocalizedText("代办:否", "代办: no"));
    assertThat(words(compare("agent", Operator.NE, yes(true)))).isEqualTo(new LocalizedText("代办:否", "代办: no"));
  }

  @Test
  void aListIsJoinedAsEachLanguageWritesLists() {
    Operand list = new Operand.ListOf(List.of(new Value.Text("首次申请"), new Value.Text("变更")));
    assertThat(words(compare("kind", Operator.IN, list))).isEqualTo(new LocalizedText("申请类别 属于 首次申请、变更", "申请类别 is one of 首次申请, 变更"));
    assertThat(words(compare("kind", Operator.NOT_IN, list)))
        .isEqualTo(new LocalizedText("申请类别 不属于 首次申请、变更", "申请类别 is none of 首次申请, 变更"));
  }

  @Test
  void aParameterIsNamedByItsLabelAndARegionByItsName() {
    assertThat(words(compare("income", Operator.LE, new Operand.ParameterRef("minLiving"))))
        .isEqualTo(new LocalizedText("月收入 小于等于 低保标准", "月收入 is at most 低保标准"));
    assertThat(words(compare("householdRegion", Operator.WITHIN, new Operand.RegionRef("620302"))))
        .isEqualTo(new LocalizedText("户籍所在地 位于 甲区", "户籍所在地 is within 甲区"));
    assertThat(words(compare("householdRegion", Operator.WITHIN, new Operand.RegionRef("620399"))))
        .as("a region the tree does not hold is named by its code").isEqualTo(new LocalizedText("户籍所在地 位于 620399", "户籍所在地 is within 620399"));
  }

  @Test
  void knownNotAllAndAnyWordTheirParts() {
    Condition age = compare("age", Operator.GE, number(18));
    Condition agent = compare("agent", Operator.EQ, yes(true));
    assertThat(words(new Condition.Known("income", Optional.empty(), Optional.empty())))
        .isEqualTo(new LocalizedText("须提供月收入", "月收入 must be given"));
    assertThat(words(new Condition.Not(age, Optional.empty(), Optional.empty())))
        .isEqualTo(new LocalizedText("不满足:年龄 大于等于 18", "not: 年龄 is at least 18"));
    assertThat(words(new Condition.All(List.of(age, agent), Optional.empty(), Optional.empty())))
        .isEqualTo(new LocalizedText("年龄 大于等于 18,且代办:是", "年龄 is at least 18, and 代办: yes"));
    assertThat(words(new Condition.Any(List.of(age, agent), Optional.empty(), Optional.empty())))
        .isEqualTo(new LocalizedText("年龄 大于等于 18,或代办:是", "年龄 is at least 18 or 代办: yes"));
  }

  @Test
  void theCataloguesOwnTextIsKeptAsWrittenInBothLanguages() {
    Condition texted = new Condition.Compare("householdRegion", Operator.WITHIN, new Operand.RegionRef("620300"), Optional.of("本市户籍"),
        Optional.of("lb1"));
    assertThat(words(texted)).isEqualTo(new LocalizedText("本市户籍", "本市户籍"));
    assertThat(words(new Condition.All(List.of(texted, compare("age", Operator.GE, number(18))), Optional.empty(), Optional.empty())).en())
        .isEqualTo("本市户籍, and 年龄 is at least 18");
    assertThat(words(CATALOGUE.item("T-001").orElseThrow().conditions().orElseThrow()))
        .isEqualTo(new LocalizedText("本市户籍,且月收入 小于等于 低保标准,且年龄 大于等于 18", "本市户籍, and 月收入 is at most 低保标准, and 年龄 is at least 18"));
  }

  @Test
  void conditionsUnderWhichSomethingAppliesReadIfInEachLanguage() {
    LocalizedText first = words(compare("kind", Operator.EQ, new Operand.Literal(new Value.Text("首次申请"))));
    LocalizedText agent = words(compare("agent", Operator.EQ, yes(true)));
    assertThat(ConditionWording.ifSo(first)).isEqualTo(new LocalizedText("如申请类别 等于 首次申请", "if 申请类别 is 首次申请"));
    assertThat(ConditionWording.ifSo(ConditionWording.allOf(List.of(ConditionWording.either(List.of(first, agent)), agent))))
        .isEqualTo(new LocalizedText("如申请类别 等于 首次申请或代办:是,且代办:是", "if 申请类别 is 首次申请 or 代办: yes, and 代办: yes"));
  }

  @Test
  void everyOperatorIsWordedInEachLanguageWithoutTheOther() {
    for (Operator op : Operator.values()) {
      LocalizedText w = ConditionWording.operator(op);
      assertThat(w.zh()).as("%s in Chinese", op).isNotBlank().doesNotContainPattern("[A-Za-z]");
      assertThat(w.en()).as("%s in English", op).isNotBlank().doesNotContainPattern(HAN.pattern());
    }
    assertThat(ConditionWording.operator(Operator.GE).zh()).isEqualTo(Operator.GE.label());
    assertThat(ConditionWording.yesNo(true)).isEqualTo(new LocalizedText("是", "yes"));
    assertThat(ConditionWording.yesNo(false)).isEqualTo(new LocalizedText("否", "no"));
  }
}
