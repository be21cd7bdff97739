package io.github.tongban.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tongban.core.Fixtures;
import io.github.tongban.core.load.CatalogueLoader;
import io.github.tongban.core.load.LoadResult;
import io.github.tongban.core.model.Catalogue;
import io.github.tongban.core.model.ServiceItem;
import io.github.tongban.core.validation.Problem;
import io.github.tongban.core.validation.ProblemCode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Element completeness from data: each folder under {@code fixtures/completeness} overlays the base
 * catalogue with one item, and its {@code expect.yaml} says how many elements it fills of how many,
 * which it lacks (by key) and where the loader that requires complete items reports them.
 */
class CompletenessTests {

  @TestFactory
  Stream<DynamicTest> eachItemFillsTheElementsItsExpectationNames() throws IOException {
    List<Path> cases;
    try (Stream<Path> list = Files.list(Fixtures.root().resolve("completeness"))) {
      cases = list.filter(Files::isDirectory).sorted().toList();
    }
    return cases.stream().map(dir -> DynamicTest.dynamicTest(dir.getFileName().toString(), () -> {
      Map<String, Object> expect = expectation(dir);
      Path work = Files.createTempDirectory("tongban-completeness-");
      try {
        Fixtures.copyBase(work);
        if (Files.isDirectory(dir.resolve("items"))) {
          Fixtures.copyTree(dir.resolve("items"), work.resolve("items"));
        }
        ServiceItem item = CatalogueLoader.withDefaults().load(work).orElseThrow().items().get(0);
        ItemCompleteness c = ItemCompleteness.of(item);

        assertThat(c.missing()).map(StandardElement::key).as("missing").containsExactlyElementsOf(strings(expect.get("missing")));
        assertThat(c.filled()).as("filled").isEqualTo(expect.get("filled"));
        assertThat(c.total()).as("total").isEqualTo(expect.get("total"));
        assertThat(c.isComplete()).isEqualTo(c.missing().isEmpty());

        // the loader that requires complete items reports exactly these elements, nothing else
        LoadResult strict = CatalogueLoader.withDefaults().requiringCompleteItems().load(work);
        assertThat(strict.problems()).map(Problem::code).allMatch(code -> code == ProblemCode.ITEM_INCOMPLETE);
        assertThat(strict.isValid()).isEqualTo(c.isComplete());
        List<String> pointers = strict.problems().stream().map(p -> p.location().pointer()).toList();
        assertThat(pointers).containsAll(strings(expect.getOrDefault("gaps", List.of())));
        assertThat(pointers).hasSize(Arrays.stream(StandardElement.values()).mapToInt(e -> e.gapsIn(item).size()).sum());
        for (Problem p : strict.problems()) {
          assertThat(p.location().file()).isEqualTo("items/T-001.yaml");
          assertThat(p.location().line()).isPositive();
          assertThat(p.message().zh()).contains("「").doesNotContain("{");
          assertThat(p.message().en()).doesNotContain("{");
        }
      } finally {
        try (Stream<Path> walk = Files.walk(work)) {
          for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
            Files.deleteIfExists(p);
          }
        }
      }
    }));
  }

  @Test
  void aMissingElementIsNamedInChineseInBothLanguages() throws IOException {
    Path work = Files.createTempDirectory("tongban-completeness-");
    try {
      Fixtures.copyBase(work);
      LoadResult strict = CatalogueLoader.withDefaults().requiringCompleteItems().load(work);
      Problem catalog = strict.problems().stream().filter(p -> p.location().pointer().equals("/codes/catalog")).findFirst().orElseThrow();
      assertThat(catalog.message().zh()).isEqualTo("标准要素「基本编码」(codes.catalog)没有填写。");
      assertThat(catalog.message().en()).isEqualTo("The standard element \"basic code\" (基本编码, codes.catalog) is not filled.");
      assertThat(catalog.isError()).isTrue();
      assertThat(CatalogueLoader.withDefaults().load(work).problems()).as("without the option, nothing changes").isEmpty();
    } finally {
      try (Stream<Path> walk = Files.walk(work)) {
        for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(p);
        }
      }
    }
  }

  @Test
  void theCataloguesRateIsTheRatioOfSumsRoundedDown() {
    Catalogue base = CatalogueLoader.withDefaults().load(Fixtures.base()).orElseThrow();
    CatalogueReport r = CatalogueReport.of(base);
    ItemCompleteness only = r.completeness().get(0);
    assertThat(r.elementsFilled()).isEqualTo(only.filled());
    assertThat(r.elementsApplicable()).isEqualTo(only.total());
    assertThat(r.completeItems()).isZero();
    // 16 of 51 is 31.372…%: rounded down, never up to a figure the catalogue has not reached
    assertThat(r.completenessRate()).isEqualTo(new BigDecimal("31.37"));
    assertThat(only.percent()).isEqualTo(new BigDecimal("31.37"));
  }

  @Test
  void everyElementHasAKeyAndAChineseName() {
    assertThat(StandardElement.values()).allSatisfy(e -> {
      assertThat(e.key()).isNotBlank();
      assertThat(e.label().zh()).isNotBlank().doesNotContainPattern("[A-Za-z]");
      assertThat(e.label().en()).isNotBlank();
    });
    assertThat(Arrays.stream(StandardElement.values()).map(StandardElement::key)).doesNotHaveDuplicates();
  }

  @SuppressWarnings("unchecked")
  private static List<String> strings(Object list) {
    return (List<String>) list;
  }

  private static Map<String, Object> expectation(Path dir) {
    try (InputStream in = Files.newInputStream(dir.resolve("expect.yaml"))) {
      return new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
