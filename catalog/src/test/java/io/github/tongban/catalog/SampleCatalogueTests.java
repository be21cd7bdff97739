package io.github.tongban.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tongban.core.load.CatalogueLoader;
import io.github.tongban.core.load.LoadResult;
import io.github.tongban.core.model.Catalogue;
import io.github.tongban.core.model.RegionLevel;
import io.github.tongban.core.report.CatalogueReport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class SampleCatalogueTests {
  private static final Path FOLDER = Path.of("sample");

  @Test
  void theSampleFolderLoadsWithoutAnyProblem() {
    LoadResult result = CatalogueLoader.withDefaults().load(FOLDER);
    // but for the scenario coverage warnings of its real gaps, which SampleScenarioCoverageTests lists exactly
    assertThat(result.problems()).filteredOn(p -> !SampleScenarioCoverageTests.CODES.contains(p.code())).isEmpty();
    assertThat(result.orElseThrow().items()).hasSizeGreaterThanOrEqualTo(3);
  }

  @Test
  void theSampleFillsEveryStandardElementAndLoadsWhenCompleteItemsAreRequired() {
    LoadResult strict = CatalogueLoader.withDefaults().requiringCompleteItems().load(FOLDER);
    assertThat(strict.problems()).isEqualTo(CatalogueLoader.withDefaults().load(FOLDER).problems());
    CatalogueReport report = CatalogueReport.of(strict.orElseThrow());
    assertThat(report.completeness()).allSatisfy(c -> assertThat(c.missing()).as(c.code()).isEmpty());
    assertThat(report.completeItems()).isEqualTo(61);
    assertThat(report.completenessRate()).isEqualByComparingTo("100");
  }

  @Test
  void thePackagedSampleIsTheSameAsTheFolder() {
    Catalogue packaged = SampleCatalogue.catalogue();
    Catalogue folder = CatalogueLoader.withDefaults().load(FOLDER).orElseThrow();
    assertThat(packaged.items()).isEqualTo(folder.items());
    assertThat(packaged.info()).isEqualTo(folder.info());
    assertThat(packaged.info().illustrative()).isTrue();
  }

  @Test
  void theRegionTreeIsTheCityOfTheSourceDocument() {
    Catalogue c = SampleCatalogue.catalogue();
    assertThat(c.regions().root().code()).isEqualTo("620300");
    assertThat(c.regions().region("620302").orElseThrow().name()).isEqualTo("金川区");
    assertThat(c.regions().region("620321").orElseThrow().name()).isEqualTo("永昌县");
    assertThat(c.regions().regions()).filteredOn(r -> r.level() == RegionLevel.TOWNSHIP).hasSize(18);
    assertThat(c.regions().regions()).filteredOn(r -> r.level() == RegionLevel.VILLAGE).hasSize(182);
  }

  @Test
  void theCalendarIs2026AsPublished() {
    Catalogue c = SampleCatalogue.catalogue();
    assertThat(c.calendar().holidays()).hasSize(3 + 9 + 3 + 5 + 3 + 3 + 7);
    assertThat(c.calendar().makeUpWorkdays().keySet()).containsExactly(
        LocalDate.of(2026, 1, 4), LocalDate.of(2026, 2, 14), LocalDate.of(2026, 2, 28),
        LocalDate.of(2026, 5, 9), LocalDate.of(2026, 9, 20), LocalDate.of(2026, 10, 10));
  }

  @TestFactory
  Stream<DynamicTest> everyFileSaysItIsIllustrativeAndNamesItsSchema() throws IOException {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(FOLDER)) {
      files = walk.filter(p -> p.toString().endsWith(".yaml") && !p.startsWith(FOLDER.resolve("tests"))).sorted().toList();
    }
    return files.stream().map(f -> DynamicTest.dynamicTest(FOLDER.relativize(f).toString(), () -> {
      List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
      assertThat(lines.get(0)).startsWith("# yaml-language-server: $schema=").endsWith(".schema.json");
      Path schema = f.getParent().resolve(lines.get(0).substring(lines.get(0).indexOf('=') + 1)).normalize();
      assertThat(schema).exists();
      assertThat(lines.subList(1, 4)).anyMatch(l -> l.contains("illustrative") || l.contains("Illustrative"));
    }));
  }
}
