package io.github.tongban.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tongban.core.Fixtures;
import io.github.tongban.core.load.CatalogueLoader;
import io.github.tongban.core.model.AcceptanceScope;
import io.github.tongban.core.model.RegionLevel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report on a small catalogue whose figures are worked out by hand below. */
class CatalogueReportTests {

  @Test
  void figuresOfAThreeItemCatalogueComputedByHand(@TempDir Path dir) throws IOException {
    Fixtures.copyBase(dir);
    String a = Files.readString(dir.resolve("items/T-001.yaml"));
    // T-001 (base): full online, trips 0, 2 materials, statutory 20 / promised 10, levels county+township, city scope, 民政局
    // T-002: partial online, trips 1, 2 materials, statutory 30 / promised 15, county scope, 民政局
    Files.writeString(dir.resolve("items/T-002.yaml"), a.replace("code: T-001", "code: T-002").replace("onlineLevel: full", "onlineLevel: partial")
        .replace("trips: 0", "trips: 1").replace("statutory: 20", "statutory: 30").replace("promised: 10", "promised: 15")
        .replace("scope: city", "scope: county"));
    // T-003: not online, trips 2, 2 materials, statutory 10 / instant (promise 0), township level only, local scope, 医保局
    Files.writeString(dir.resolve("items/T-003.yaml"), a.replace("code: T-001", "code: T-003").replace("onlineLevel: full", "onlineLevel: none")
        .replace("trips: 0", "trips: 2").replace("statutory: 20", "statutory: 10").replace("promised: 10", "promised: 0\n  instant: true")
        .replace("department: 民政局", "department: 医保局").replace("levels: [county, township]", "levels: [township]")
        .replace("scope: city", "scope: local").replace("modes: [online, proxy]", "modes: []"));

    CatalogueReport r = CatalogueReport.of(CatalogueLoader.withDefaults().load(dir).orElseThrow());

    assertThat(r.items()).isEqualTo(3);
    assertThat(r.onlineCapableRate()).isEqualByComparingTo("66.67");      // 2 of 3
    assertThat(r.fullyOnlineRate()).isEqualByComparingTo("33.33");        // 1 of 3
    assertThat(r.averageTrips()).isEqualByComparingTo("1.00");            // (0 + 1 + 2) / 3
    assertThat(r.averageMaterials()).isEqualByComparingTo("2.00");        // (2 + 2 + 2) / 3
    assertThat(r.compression()).isEqualByComparingTo("58.33");            // 1 - (10 + 15 + 0) / (20 + 30 + 10) = 35/60
    assertThat(r.instantShare()).isEqualByComparingTo("33.33");           // 1 of 3
    assertThat(r.byDepartment()).isEqualTo(Map.of("民政局", 2, "医保局", 1));
    assertThat(r.byLevel()).isEqualTo(Map.of(RegionLevel.COUNTY, 2, RegionLevel.TOWNSHIP, 3));
    assertThat(r.byScope()).isEqualTo(Map.of(AcceptanceScope.CITY, 1, AcceptanceScope.COUNTY, 1, AcceptanceScope.LOCAL, 1));
  }
}
