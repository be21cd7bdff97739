package io.github.tongban.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tongban.catalog.SampleCatalogue;
import io.github.tongban.core.model.Catalogue;
import io.github.tongban.core.model.Region;
import io.github.tongban.core.model.RegionTree;
import io.github.tongban.core.model.ServiceItem;
import io.github.tongban.rules.ServicePointRef;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The acceptance alternatives found near the applicant are those of the walk over every region, in the same order. */
class AlternativesTests {
  @Test
  void theSameAsWalkingEveryRegion() {
    Catalogue catalogue = SampleCatalogue.catalogue();
    RegionTree tree = catalogue.regions();
    List<String> codes = tree.regions().stream().map(Region::code).sorted().toList();
    List<String> homes = new ArrayList<>();
    for (int i = 0; i < codes.size(); i += 9) {
      homes.add(codes.get(i));
    }
    // places the tree does not list: a village under a listed township, a township of a listed county, another county
    homes.addAll(List.of("620302001999", "620302099", "620302099001", "620321001001"));
    List<String> froms = new ArrayList<>();
    for (int i = 0; i < codes.size(); i += 41) {
      froms.add(codes.get(i));
    }
    froms.addAll(List.of(tree.root().code(), "620302001999", "620321001001"));
    int compared = 0;
    for (ServiceItem item : catalogue.items()) {
      for (String home : homes) {
        for (String from : froms) {
          List<String> fast = Acceptances.alternatives(tree, item, home, from).stream().map(ServicePointRef::region).toList();
          List<String> walk = Acceptances.walkingEveryRegion(tree, item, home, from).stream().map(Region::code).toList();
          assertThat(fast).as("%s at home in %s, from %s", item.code(), home, from).isEqualTo(walk);
          compared++;
        }
      }
    }
    assertThat(compared).isGreaterThan(5_000);
  }
}
