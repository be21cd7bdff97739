package io.github.tongban.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Region codes: well-formed ones, places the tree does not list, and elsewhere. */
class RegionTreeTests {
  private static final RegionTree TREE = new RegionTree("620300", List.of(
      new Region("620300", "金昌市", RegionLevel.CITY, "市中心", Optional.empty(), List.of("620302")),
      new Region("620302", "金川区", RegionLevel.COUNTY, "区中心", Optional.of("620300"), List.of("620302001")),
      new Region("620302001", "滨河路街道", RegionLevel.TOWNSHIP, "街道中心", Optional.of("620302"), List.of("620302001001")),
      new Region("620302001001", "第1社区", RegionLevel.VILLAGE, "社区站", Optional.of("620302001"), List.of())));

  @Test
  void wellFormedCodesHaveSixNineOrTwelveDigits() {
    assertThat(List.of("620302", "620302001", "110101001001")).allMatch(RegionTree::isWellFormedCode);
    assertThat(List.of("62030", "6203020011", "62030A", "", "６２０３０２")).noneMatch(RegionTree::isWellFormedCode);
  }

  @Test
  void aPlaceTheTreeDoesNotListLiesInTheNearestRegionItsCodeNames() {
    assertThat(TREE.locate("620302001999")).map(Region::code).contains("620302001");
    assertThat(TREE.locate("620302002001")).as("another township of 金川区").map(Region::code).contains("620302");
    assertThat(TREE.locate("620321001001")).as("永昌县 is not listed: the city").map(Region::code).contains("620300");
    assertThat(TREE.isWithin("620302001999", "620302")).isTrue();
    assertThat(TREE.ancestorAt("620302001999", RegionLevel.COUNTY)).map(Region::code).contains("620302");
    assertThat(TREE.inCity("620302001999")).isTrue();
    assertThat(TREE.contains("620302001999")).as("but it is not a region of the tree").isFalse();
  }

  @Test
  void aCodeOfAnotherCityIsElsewhere() {
    assertThat(TREE.locate("110101001001")).isEmpty();
    assertThat(TREE.inCity("621000")).isFalse();
    assertThat(TREE.isWithin("110101001001", "620300")).isFalse();
    assertThat(TREE.pathToRoot("110101001001")).isEmpty();
    assertThat(TREE.locate("62030A")).as("a malformed code is nowhere").isEmpty();
  }

  @Test
  void distancesGoThroughTheNearestCommonAncestorAndNearestComesFirst() {
    assertThat(TREE.distance("620302001001", "620302")).isEqualTo(2);
    assertThat(TREE.distance("620302001999", "620302001001")).as("the unlisted village lies in its township").isEqualTo(1);
    assertThat(TREE.distance("110101001001", "620302")).as("elsewhere").isEqualTo(Integer.MAX_VALUE / 2);
    assertThat(TREE.nearest("620302001001", Optional.empty(), r -> true, 3)).map(Region::code)
        .containsExactly("620302001001", "620302001", "620302");
    assertThat(TREE.nearest("620300", Optional.of("620302001"), r -> true, 3)).as("from outside, by depth").map(Region::code)
        .containsExactly("620302001", "620302001001");
    assertThat(TREE.nearest("620302001001", Optional.of("620302"), r -> r.level() != RegionLevel.VILLAGE, 3)).map(Region::code)
        .containsExactly("620302001", "620302");
  }
}
