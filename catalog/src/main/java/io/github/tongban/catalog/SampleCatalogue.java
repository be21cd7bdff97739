package io.github.tongban.catalog;

import io.github.tongban.core.load.CatalogueLoader;
import io.github.tongban.core.load.LoadResult;
import io.github.tongban.core.load.ScenarioTestLoader;
import io.github.tongban.core.scenario.ScenarioSuite;
import io.github.tongban.core.model.Catalogue;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;

/**
 * The bundled sample catalogue: the city's first batch of city-wide items, as illustrative
 * content (not the city's legal text). It is the default of every command and example.
 */
public final class SampleCatalogue {
  private static final String RESOURCE = "/io/github/tongban/catalog/sample/catalogue.yaml";

  private SampleCatalogue() {}

  /** Loads the sample catalogue with the given loader, from the class path (a folder or a jar). */
  public static LoadResult load(CatalogueLoader loader) {
    return withFolder(loader::load);
  }

  /** Reads the sample catalogue's scenario tests. */
  public static ScenarioSuite tests() {
    return withFolder(ScenarioTestLoader.withDefaults()::load);
  }

  /**
   * Copies the sample catalogue's files (its scenario tests included) into {@code target}, for a
   * catalogue of one's own to start from, or for tests that change a copy.
   */
  public static void copyTo(Path target) {
    withFolder(folder -> {
      try (java.util.stream.Stream<Path> walk = java.nio.file.Files.walk(folder)) {
        for (Path p : walk.filter(java.nio.file.Files::isRegularFile).toList()) {
          Path t = target.resolve(folder.relativize(p).toString());
          java.nio.file.Files.createDirectories(t.getParent());
          java.nio.file.Files.copy(p, t);
        }
        return null;
      } catch (IOException e) {
        throw new UncheckedIOException("the sample catalogue could not be copied to " + target, e);
      }
    });
  }

  /** Applies {@code reader} to the sample catalogue's folder, wherever the class path keeps it. */
  private static synchronized <T> T withFolder(Function<Path, T> reader) {
    URL url = SampleCatalogue.class.getResource(RESOURCE);
    if (url == null) {
      throw new IllegalStateException("the sample catalogue is missing from the class path");
    }
    try {
      URI uri = url.toURI();
      if ("jar".equals(uri.getScheme())) {
        try (FileSystem zip = FileSystems.newFileSystem(uri, Map.of())) {
          return reader.apply(zip.provider().getPath(uri).getParent());
        }
      }
      return reader.apply(Path.of(uri).getParent());
    } catch (URISyntaxException e) {
      throw new IllegalStateException("the sample catalogue's location is not a URI: " + url, e);
    } catch (IOException e) {
      throw new UncheckedIOException("the sample catalogue could not be opened", e);
    }
  }

  /**
   * The sample catalogue loaded with the default limits; it always loads, or the build fails. It is
   * loaded and validated once per class loader, on first use, and the same immutable catalogue is
   * returned after that.
   */
  public static Catalogue catalogue() {
    return Loaded.SAMPLE;
  }

  /** Holds the sample once loaded (the holder idiom: loaded on first use, safely published). */
  private static final class Loaded {
    static final Catalogue SAMPLE = load(CatalogueLoader.withDefaults()).orElseThrow();
  }
}
