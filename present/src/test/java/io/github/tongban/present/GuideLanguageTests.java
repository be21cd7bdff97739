package io.github.tongban.present;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.tongban.catalog.SampleCatalogue;
import io.github.tongban.core.condition.Condition;
import io.github.tongban.core.model.AcceptanceScope;
import io.github.tongban.core.model.AuthorityNature;
import io.github.tongban.core.model.BasisKind;
import io.github.tongban.core.model.DayUnit;
import io.github.tongban.core.model.ItemStatus;
import io.github.tongban.core.model.OnlineDepth;
import io.github.tongban.core.model.PaperSize;
import io.github.tongban.core.model.PowerSource;
import io.github.tongban.core.model.ProjectType;
import io.github.tongban.core.model.ResultType;
import io.github.tongban.core.model.ServiceObject;
import io.github.tongban.core.model.SpecialProcedureKind;
import io.github.tongban.core.model.Catalogue;
import io.github.tongban.core.model.DeliveryMethod;
import io.github.tongban.core.model.HandlingMode;
import io.github.tongban.core.model.HomeBasis;
import io.github.tongban.core.model.ItemType;
import io.github.tongban.core.model.MaterialForm;
import io.github.tongban.core.model.OnlineLevel;
import io.github.tongban.core.model.RegionLevel;
import io.github.tongban.core.model.ServiceItem;
import io.github.tongban.core.model.SourceKind;
import io.github.tongban.core.model.SpecialService;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The guides, the index, the list and the report speak the language asked for: in English nothing
 * but the catalogue's own text is Chinese, and no enumerated value shows as a constant; in Chinese
 * no English sentence.
 */
class GuideLanguageTests {
  static final LocalDate DAY = LocalDate.of(2026, 3, 2);
  static final Pattern CHINESE = Pattern.compile("[\\p{IsHan}\\p{InCJK_Symbols_and_Punctuation}\\p{InHalfwidth_and_Fullwidth_Forms}]");
  static final Pattern ENGLISH_WORD = Pattern.compile("[A-Za-z]{3,}");
  static final List<Class<? extends Enum<?>>> ENUMS = List.of(ItemType.class, RegionLevel.class, AcceptanceScope.class, HandlingMode.class,
      OnlineLevel.class, MaterialForm.class, SourceKind.class, DeliveryMethod.class, SpecialService.class, HomeBasis.class,
      ServiceObject.class, ItemStatus.class, BasisKind.class, PowerSource.class, AuthorityNature.class, ProjectType.class,
      SpecialProcedureKind.class, DayUnit.class, ResultType.class, OnlineDepth.class, PaperSize.class);

  @Test
  void everyEnumeratedValueHasAChineseAndAnEnglishName() throws ReflectiveOperationException {
    for (Class<? extends Enum<?>> type : ENUMS) {
      Set<String> english = new HashSet<>();
      for (Enum<?> value : type.getEnumConstants()) {
        String zh = Labels.of(value, Language.ZH);
        assertThat(zh).as("the model's own label of " + value).isEqualTo(type.getMethod("label").invoke(value));
        String en = Labels.of(value, Language.EN);
        assertThat(en).as(type.getSimpleName() + "." + value).doesNotContainPattern(CHINESE).isNotEqualTo(value.name());
        assertThat(english.add(en)).as("one English name per value of " + type.getSimpleName() + ": " + en).isTrue();
      }
    }
    assertThat(Labels.join(List.of(OnlineLevel.FULL, OnlineLevel.PARTIAL), Language.EN)).isEqualTo("fully online, partly online");
    assertThat(Labels.join(List.of(OnlineLevel.FULL, OnlineLevel.PARTIAL), Language.ZH)).isEqualTo("全程网办、部分网办");
  }

  @Test
  void anEnglishGuideIsEnglishButForTheCataloguesOwnText() {
    Catalogue catalogue = SampleCatalogue.catalogue();
    for (ServiceItem item : catalogue.itemsInForce(DAY)) {
      List<String> own = catalogueText(catalogue, item);
      for (String text : texts(Guides.guide(catalogue, item, DAY, Language.EN))) {
        assertThat(without(text, own)).as(item.code() + ": " + text).doesNotContainPattern(CHINESE);
        assertNoEnumConstant(text);
      }
      for (String text : texts(Guides.guide(catalogue, item, DAY, Language.ZH))) {
        assertThat(without(text, own).replace("tongban", "")).as(item.code() + ": " + text).doesNotContainPattern(ENGLISH_WORD);
      }
    }
  }

  @Test
  void theIndexTheListAndTheReportAreEnglishButForTheCataloguesOwnText() {
    Catalogue catalogue = SampleCatalogue.catalogue();
    List<String> own = new ArrayList<>();
    catalogue.itemsInForce(DAY).forEach(i -> own.addAll(catalogueText(catalogue, i)));
    own.sort(Comparator.comparing(String::length).reversed());
    List<String> english = new ArrayList<>(texts(Guides.index(catalogue, catalogue.itemsInForce(DAY), DAY, Language.EN, ".html")));
    english.addAll(texts(Reports.html(catalogue, DAY, Language.EN)));
    english.addAll(Reports.lines(catalogue, DAY, Language.EN));
    english.addAll(Listing.lines(catalogue, DAY, Language.EN));
    for (String text : english) {
      assertThat(without(text, own)).as(text).doesNotContainPattern(CHINESE);
      assertNoEnumConstant(text);
    }
    assertThat(Reports.lines(catalogue, DAY, Language.EN)).contains("By level:", "  county level 52", "By scope:", "  anywhere in the city 46");
    assertThat(Reports.html(catalogue, DAY, Language.EN).html(Language.EN)).startsWith("<!DOCTYPE html>\n<html lang=\"en\">")
        .contains(">county level</text>").contains("<th>Figure</th>").doesNotContain("<script").doesNotContain("onclick");
    List<String> chinese = new ArrayList<>(texts(Guides.index(catalogue, catalogue.itemsInForce(DAY), DAY, Language.ZH, ".html")));
    chinese.addAll(texts(Reports.html(catalogue, DAY, Language.ZH)));
    chinese.addAll(Reports.lines(catalogue, DAY, Language.ZH));
    chinese.addAll(Listing.lines(catalogue, DAY, Language.ZH));
    for (String text : chinese) {
      assertThat(without(text, own).replace("tongban", "")).as(text).doesNotContainPattern(ENGLISH_WORD);
    }
  }

  @Test
  void theGuideNamesEveryElementInTheLanguageAsked() {
    Catalogue catalogue = SampleCatalogue.catalogue();
    ServiceItem item = catalogue.item("620300-MZ-002", DAY).orElseThrow();
    String en = Guides.guide(catalogue, item, DAY, Language.EN).markdown();
    assertThat(en).startsWith("# Service guide · 高龄津贴申领").contains("| Element | Content |").contains("| Item type | administrative payment |")
        .contains("| Online level | fully online |").contains("## Materials").contains("| Material | Form and copies | Source | Requirement | Notes |")
        .contains("| ~~居民身份证~~ | original, 1 copy").contains("| electronic licence: 公安部门居民身份证电子证照 (not to be handed in) | essential |")
        .contains("Statutory limit 20 working days, promised limit 5 working days.")
        .contains("illustrative content, not legal text");
    String zh = Guides.guide(catalogue, item, DAY, Language.ZH).markdown();
    assertThat(zh).startsWith("# 办事指南 · 高龄津贴申领").contains("| 要素 | 内容 |").contains("| 事项类型 | 行政给付 |").contains("| 跑动次数 | 0 次 |")
        .contains("| ~~居民身份证~~ | 原件 1 份").contains("| 电子证照:公安部门居民身份证电子证照(免提交) | 关键材料 |")
        .contains("法定时限 20 个工作日,承诺时限 5 个工作日。").contains("示例内容,仅供演示,不是法定文本");
  }

  private static void assertNoEnumConstant(String text) {
    for (Class<? extends Enum<?>> type : ENUMS) {
      for (Enum<?> value : type.getEnumConstants()) {
        if (type == PaperSize.class && !value.name().equals("OTHER")) {
          continue; // A4, A3, … are the sizes' names in every language
        }
        assertThat(text).as(text).doesNotContainPattern("\\b" + value.name() + "\\b");
      }
    }
  }

  /** Every text of the document: title, headings, paragraphs, list items, table headers and cells, footer. */
  static List<String> texts(Doc doc) {
    JsonNode json = doc.json();
    List<String> out = new ArrayList<>(List.of(json.get("title").asText(), json.get("footer").asText()));
    json.get("blocks").forEach(b -> {
      b.findValues("text").forEach(t -> out.add(t.asText()));
      if (b.has("header")) {
        b.get("header").forEach(h -> out.add(h.asText()));
      }
    });
    return out;
  }

  /**
   * The item's own text (names, citations, notes, places; every string the item's JSON form holds,
   * but for the names of enumerated values), and the fact dictionary, parameter labels and region
   * names its conditions are worded with, longest first.
   */
  static List<String> catalogueText(Catalogue catalogue, ServiceItem item) {
    List<String> own = new ArrayList<>();
    collect(Json.mapper().valueToTree(item), own);
    own.add(catalogue.info().name());
    own.add(catalogue.info().version());
    catalogue.info().notice().ifPresent(own::add);
    item.legalBases().forEach(b -> own.add(b.citation()));
    item.local().keySet().forEach(code -> catalogue.regions().region(code).ifPresent(r -> own.add(r.name())));
    catalogue.facts().forEach(f -> collect(Json.mapper().valueToTree(f), own));
    catalogue.parameters().forEach(p -> own.add(p.label()));
    catalogue.regions().regions().forEach(r -> own.add(r.name()));
    own.removeIf(s -> s.isBlank() || s.matches("[A-Z_]+"));
    own.sort(Comparator.comparing(String::length).reversed());
    return own;
  }

  private static void collect(JsonNode node, List<String> out) {
    if (node.isTextual()) {
      out.add(node.asText());
    }
    node.forEach(child -> collect(child, out));
  }

  static String without(String text, List<String> own) {
    String rest = SafeText.line(text);
    for (String s : own) {
      rest = rest.replace(SafeText.line(s), "");
    }
    return rest;
  }
}
