package io.github.tongban.core;

import io.github.tongban.core.load.CatalogueLoader;
import io.github.tongban.core.validation.LoadLimits;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** Test fixtures: the valid base catalogue, and broken fixtures that overlay it. */
public final class Fixtures {
  private Fixtures() {}

  /** The folder of the test resources' {@code fixtures}. */
  public static Path root() {
    try {
      return Path.of(Fixtures.class.getResource("/fixtures/base/catalogue.yaml").toURI()).getParent().getParent();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  public static Path base() {
    return root().resolve("base");
  }

  /** Copies the base catalogue into {@code target}. */
  public static void copyBase(Path target) {
    copyTree(base(), target);
  }

  /** Copies every file below {@code from} into {@code to}, replacing files that exist. */
  public static void copyTree(Path from, Path to) {
    try (Stream<Path> walk = Files.walk(from)) {
      for (Path p : walk.filter(Files::isRegularFile).toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        Files.createDirectories(target.getParent());
        Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * What a broken fixture's {@code expect.yaml} says: the code, file and line of the problem, the
   * limits to load with ({@code limits:}), the loader's options ({@code options: {requireComplete: true}}),
   * the base files to delete, and the other codes allowed.
   */
  public record Expectation(String name, String code, String file, int line, LoadLimits limits, List<String> delete, List<String> others,
      boolean requireComplete) {

    /** The loader the fixture is loaded with. */
    public CatalogueLoader loader() {
      CatalogueLoader loader = CatalogueLoader.withLimits(limits);
      return requireComplete ? loader.requiringCompleteItems() : loader;
    }
  }

  /** Reads the {@code expect.yaml} of the fixture folder {@code dir}. */
  @SuppressWarnings("unchecked")
  public static Expectation expectation(Path dir) {
    Map<String, Object> m;
    try (InputStream in = Files.newInputStream(dir.resolve("expect.yaml"))) {
      m = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    LoadLimits limits = LoadLimits.DEFAULTS;
    Map<String, Object> l = (Map<String, Object>) m.getOrDefault("limits", Map.of());
    limits = new LoadLimits(
        ((Number) l.getOrDefault("maxFileBytes", limits.maxFileBytes())).longValue(),
        (Integer) l.getOrDefault("maxFiles", limits.maxFiles()),
        (Integer) l.getOrDefault("maxDepth", limits.maxDepth()),
        (Integer) l.getOrDefault("maxNodesPerFile", limits.maxNodesPerFile()),
        (Integer) l.getOrDefault("maxStringLength", limits.maxStringLength()),
        (Integer) l.getOrDefault("maxProblemsPerFile", limits.maxProblemsPerFile()),
        (Integer) l.getOrDefault("maxConditionDepth", limits.maxConditionDepth()),
        (Integer) l.getOrDefault("maxConditionLeaves", limits.maxConditionLeaves()),
        (Integer) l.getOrDefault("maxProblems", limits.maxProblems()));
    Map<String, Object> options = (Map<String, Object>) m.getOrDefault("options", Map.of());
    return new Expectation(dir.getFileName().toString(), (String) m.get("code"), (String) m.get("file"), (Integer) m.get("line"),
        limits, (List<String>) m.getOrDefault("delete", List.of()), (List<String>) m.getOrDefault("others", List.of()),
        Boolean.TRUE.equals(options.get("requireComplete")));
  }

  /** The broken fixture folders, sorted by name. */
  public static List<Path> brokenFixtures() {
    try (Stream<Path> list = Files.list(root().resolve("broken"))) {
      return list.filter(Files::isDirectory).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Builds the catalogue of a broken fixture in {@code target}: the base, the overlay, the deletions. */
  public static Expectation materialise(Path fixture, Path target) {
    Expectation e = expectation(fixture);
    copyBase(target);
    if (Files.isDirectory(fixture.resolve("overlay"))) {
      copyTree(fixture.resolve("overlay"), target);
    }
    try {
      for (String d : e.delete()) {
        Files.delete(target.resolve(d));
      }
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
    return e;
  }
}
