package io.github.tongban.present;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tongban.catalog.SampleCatalogue;
import io.github.tongban.core.model.Catalogue;
import io.github.tongban.core.model.ItemStatus;
import io.github.tongban.core.model.ServiceItem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The guide of an item in the catalogue format before the implementation-list elements (issue 14)
 * is, byte for byte, the guide it was: the golden files under {@code src/test/resources/guides}
 * were written by the guide before those elements were shown. Three sample items between them use
 * every older element (aliases, exempt materials, a fee, forms, review points, steps not counted
 * in the limit, local contacts, special services), kept as they were under {@code previous-format/}. Run with {@code -Dtongban.writeGoldens=true} to
 * write the files again after a deliberate change.
 */
class PreviousFormatGuideTests {
  static final LocalDate DAY = LocalDate.of(2026, 3, 2);
  static final List<String> ITEMS = List.of("620300-MZ-002", "620300-GA-003", "620300-CL-001");
  static final Path GOLDENS = Path.of("src", "test", "resources", "guides");

  /** Where the three items are kept as they were written before issue 14 (the sample now fills every element). */
  static final Path PREVIOUS = Path.of("src", "test", "resources", "previous-format");

  @TestFactory
  Stream<DynamicTest> aPreviousFormatItemsGuideIsUnchanged() throws IOException {
    Path dir = Files.createTempDirectory("tongban-previous-format-");
    SampleCatalogue.copyTo(dir);
    for (String code : ITEMS) {
      Files.copy(PREVIOUS.resolve("items/" + code + ".yaml"), dir.resolve("items/" + code + ".yaml"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
    Catalogue catalogue = io.github.tongban.core.load.CatalogueLoader.withDefaults().load(dir).orElseThrow();
    return ITEMS.stream().flatMap(code -> Stream.of(Language.values()).map(language -> DynamicTest.dynamicTest(code + " " + language, () -> {
      ServiceItem item = catalogue.item(code, DAY).orElseThrow();
      assertThat(usesAnyNewElement(item)).as(code + " is in the previous format (else pick another sample item)").isFalse();
      Doc guide = Guides.guide(catalogue, item, DAY, language);
      check(code + "." + language.tag() + ".md", guide.markdown());
      check(code + "." + language.tag() + ".html", guide.html(language));
    })));
  }

  private static void check(String name, String actual) throws IOException {
    Path golden = GOLDENS.resolve(name);
    if (Boolean.getBoolean("tongban.writeGoldens")) {
      Files.createDirectories(GOLDENS);
      Files.writeString(golden, actual, StandardCharsets.UTF_8);
    }
    assertThat(actual).as(name).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
  }

  /** Whether {@code item} sets any element of the implementation list added by issue 14. */
  static boolean usesAnyNewElement(ServiceItem item) {
    return item.codes().isPresent() || !item.serviceObjects().isEmpty() || item.status() != ItemStatus.IN_USE
        || item.plannedCancellation().isPresent() || item.powerSource().isPresent() || !item.jointAgencies().isEmpty()
        || item.acceptLevel().isPresent() || item.approveLevel().isPresent() || item.preReview().isPresent()
        || item.quantityLimit().isPresent() || item.projectType().isPresent() || !item.specialProcedures().isEmpty()
        || item.result().isPresent() || item.channels().isPresent() || item.onlineDepth().isPresent()
        || item.deferralExcludedWhen().isPresent() || item.rightsAndDuties().isPresent() || !item.faq().isEmpty()
        || item.topics().isPresent() || item.fee().relief().isPresent()
        || item.authority().nature().isPresent() || item.authority().entrustedBy().isPresent()
        || item.legalBases().stream().anyMatch(b -> b.kind().isPresent())
        || item.scenarios().stream().anyMatch(s -> s.code().isPresent())
        || item.materials().stream().anyMatch(m -> m.basis().isPresent() || m.acceptStandard().isPresent() || m.paper().isPresent()
            || m.creditDeferrable() || m.source().issuer().isPresent())
        || item.local().values().stream().anyMatch(l -> l.consult().isPresent() || l.complaint().isPresent() || l.remedies().isPresent());
  }
}
