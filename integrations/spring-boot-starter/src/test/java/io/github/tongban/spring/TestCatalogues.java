package io.github.tongban.spring;

import io.github.tongban.catalog.SampleCatalogue;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Catalogue folders for the tests: copies of the bundled sample, changed as a policy editor would. */
public final class TestCatalogues {
  /** The items a small copy keeps: the elderly allowance, and one more. */
  static final List<String> SMALL = List.of("620300-MZ-002.yaml", "620300-MZ-001.yaml");

  private TestCatalogues() {}

  /** A copy of the sample under {@code dir} with only the {@link #SMALL} items, which load in a fraction of the time. */
  public static Path smallCopy(Path dir) {
    Path folder = dir.resolve("catalogue");
    SampleCatalogue.copyTo(folder);
    try (Stream<Path> items = Files.list(folder.resolve("items"))) {
      for (Path item : items.toList()) {
        if (!SMALL.contains(item.getFileName().toString())) {
          Files.delete(item);
        }
      }
      deleteTree(folder.resolve("tests"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return folder;
  }

  /** Gives the catalogue in {@code folder} the version {@code version}, as an editor saving catalogue.yaml does. */
  static void setVersion(Path folder, String version) {
    Path file = folder.resolve("catalogue.yaml");
    try {
      String text = Files.readString(file, StandardCharsets.UTF_8);
      Files.writeString(file, text.replaceFirst("(?m)^version: .*$", "version: " + version), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Adds an item file with a duplicate key on line 2 (yaml.duplicate-key): the catalogue then has an error. */
  static String addBrokenItem(Path folder) {
    try {
      Files.writeString(folder.resolve("items/620300-ZZ-001.yaml"), "code: 620300-ZZ-001\ncode: 620300-ZZ-002\n", StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return "items/620300-ZZ-001.yaml";
  }

  static void deleteTree(Path folder) throws IOException {
    if (!Files.exists(folder)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(folder)) {
      for (Path p : walk.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
        Files.delete(p);
      }
    }
  }
}
