package io.github.tongban.present;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.tongban.catalog.SampleCatalogue;
import io.github.tongban.core.model.Region;
import io.github.tongban.core.model.RegionLevel;
import io.github.tongban.core.model.RegionTree;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RegionSearchTests {
  static final RegionSearch SAMPLE = RegionSearch.of(SampleCatalogue.catalogue().regions());

  @Test
  void aTownshipComesBeforeItsVillagesAndEachCarriesItsPathFromTheCounty() {
    RegionSearch.Result r = SAMPLE.find("城关", 20);
    assertThat(r.total()).as("城关镇 and its 11 villages").isEqualTo(12);
    RegionSearch.Match first = r.matches().get(0);
    assertThat(first.code()).isEqualTo("620321001");
    assertThat(first.name()).isEqualTo("城关镇");
    assertThat(first.level()).isEqualTo(RegionLevel.TOWNSHIP);
    assertThat(first.servicePoint()).isEqualTo("城关镇便民服务中心");
    assertThat(first.pathText()).isEqualTo("永昌县 › 城关镇");
    assertThat(r.matches().get(1).path()).containsExactly("永昌县", "城关镇", "城关第1村");
    assertThat(r.matches()).extracting(RegionSearch.Match::level).containsOnlyOnce(RegionLevel.TOWNSHIP);
  }

  @Test
  void everyWordMustMatchTheRegionOrARegionItLiesIn() {
    RegionSearch.Result village = SAMPLE.find("金川 滨河路第1社区", 20);
    assertThat(village.matches()).extracting(RegionSearch.Match::code).containsExactly("620302001001");
    assertThat(village.matches().get(0).pathText()).isEqualTo("金川区 › 滨河路街道 › 滨河路第1社区");
    assertThat(SAMPLE.find("永昌 滨河路", 20).total()).as("滨河路 lies in 金川区").isZero();
    assertThat(SAMPLE.find("滨河路第1", 20).matches()).extracting(RegionSearch.Match::code)
        .as("第1社区, 第10社区 and 第11社区 start with it, in the tree's order")
        .containsExactly("620302001001", "620302001010", "620302001011");
  }

  @Test
  void anExactNameComesFirstAndAServicePointIsFoundByItsOwnName() {
    assertThat(SAMPLE.find("金川区", 20).matches().get(0).code()).isEqualTo("620302");
    assertThat(SAMPLE.find("城关镇便民服务中心", 20).matches()).extracting(RegionSearch.Match::code).containsExactly("620321001");
    RegionSearch.Result city = SAMPLE.find("金昌", 5);
    assertThat(city.matches().get(0).code()).isEqualTo("620300");
    assertThat(city.matches().get(0).path()).as("the city is shown by its own name").containsExactly("金昌市");
  }

  @Test
  void digitsFindTheCodeAndItsRegionsInside() {
    assertThat(SAMPLE.find("620321001", 20).matches()).extracting(RegionSearch.Match::code).first().isEqualTo("620321001");
    assertThat(SAMPLE.find("620321001", 20).total()).isEqualTo(12);
    assertThat(SAMPLE.find("620321001004", 20).matches()).extracting(RegionSearch.Match::code).containsExactly("620321001004");
  }

  @Test
  void resultsAreBoundedButTheTotalIsTold() {
    RegionSearch.Result r = SAMPLE.find("社区", 5);
    assertThat(r.matches()).hasSize(5);
    assertThat(r.total()).isGreaterThan(40);
    RegionSearch.Result top = SAMPLE.find("  ", 3);
    assertThat(top.matches()).extracting(RegionSearch.Match::level).as("an empty query lists the tree from the top")
        .containsExactly(RegionLevel.CITY, RegionLevel.COUNTY, RegionLevel.COUNTY);
    assertThatThrownBy(() -> SAMPLE.find("x", 0)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("limit 0");
    assertThatThrownBy(() -> SAMPLE.find("x", RegionSearch.MAX_LIMIT + 1)).isInstanceOf(IllegalArgumentException.class);
    assertThat(SAMPLE.find("城".repeat(1000), 5).query()).hasSize(RegionSearch.MAX_QUERY);
  }

  @Test
  void namesAreNeutralisedAndTheJsonNamesTheLevelInTheLanguageAsked() {
    RegionTree tree = new RegionTree("620300", List.of(
        new Region("620300", "金昌市", RegionLevel.CITY, "金昌市政务服务中心", Optional.empty(), List.of("620302")),
        new Region("620302", "金川\u202e区\n::error file=x::forged", RegionLevel.COUNTY, "金川区\u001b[31m中心", Optional.of("620300"), List.of())));
    RegionSearch.Match m = RegionSearch.of(tree).find("金川区", 5).matches().get(0);
    assertThat(m.name()).isEqualTo("金川区 ::error file=x::forged");
    assertThat(m.servicePoint()).isEqualTo("金川区中心");
    JsonNode zh = RegionSearch.json(SAMPLE.find("城关镇", 1), Language.ZH);
    assertThat(zh.get("total").asInt()).as("城关镇 and the villages in it").isEqualTo(12);
    assertThat(zh.get("regions")).hasSize(1);
    JsonNode region = zh.get("regions").get(0);
    assertThat(region.get("level").asText()).isEqualTo("TOWNSHIP");
    assertThat(region.get("levelName").asText()).isEqualTo("乡级");
    assertThat(region.get("pathText").asText()).isEqualTo("永昌县 › 城关镇");
    assertThat(region.get("path")).hasSize(2);
    assertThat(RegionSearch.json(SAMPLE.find("城关镇", 1), Language.EN).get("regions").get(0).get("levelName").asText())
        .isEqualTo("township level");
  }
}
