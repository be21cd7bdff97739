package io.github.tongban.present;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tongban.catalog.SampleCatalogue;
import io.github.tongban.core.load.CatalogueLoader;
import io.github.tongban.core.load.LoadResult;
import io.github.tongban.core.model.Catalogue;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.UnaryOperator;

/**
 * Test help: the bundled sample with one more item, {@value #CODE}, that sets every element of the
 * implementation list (issue 14), from {@code src/test/resources/guide-elements}; its deferral
 * exclusion asks about a fact the sample declares (seriousDishonesty, 严重失信主体).
 */
final class FullItem {
  static final String CODE = "620300-MZ-901";

  private FullItem() {}

  /** The sample and the full item, loaded without an error. */
  static Catalogue catalogue(Path dir) throws IOException {
    return catalogue(dir, UnaryOperator.identity());
  }

  /** The sample and the full item with {@code edit} applied to its YAML, loaded without an error. */
  static Catalogue catalogue(Path dir, UnaryOperator<String> edit) throws IOException {
    SampleCatalogue.copyTo(dir);
    Files.writeString(dir.resolve("items/" + CODE + ".yaml"), edit.apply(yaml()), StandardCharsets.UTF_8);
    LoadResult loaded = CatalogueLoader.withDefaults().load(dir);
    assertThat(loaded.errors()).as("the full item loads").isEmpty();
    return loaded.catalogue().orElseThrow();
  }

  /** The full item's YAML as the test resources hold it. */
  static String yaml() throws IOException {
    try (InputStream in = FullItem.class.getResourceAsStream("/guide-elements/" + CODE + ".yaml")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
