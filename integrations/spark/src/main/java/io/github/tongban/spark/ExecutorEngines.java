package io.github.tongban.spark;

import io.github.tongban.core.load.CatalogueLoader;
import io.github.tongban.core.load.LoadResult;
import io.github.tongban.core.model.Catalogue;
import io.github.tongban.rules.DecisionEngine;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The decision engines of this JVM (an executor's, or the driver's in local mode): one per
 * catalogue version and folder, loaded from the folder and built on the first task that needs it,
 * then shared by every later task and thread. Deliberately not {@link java.io.Serializable}, and
 * reached only through static methods, so neither it nor an engine can travel in a task's closure.
 */
final class ExecutorEngines {
  private static final ConcurrentMap<Key, DecisionEngine> ENGINES = new ConcurrentHashMap<>();
  private static final AtomicInteger BUILDS = new AtomicInteger();

  private ExecutorEngines() {}

  private record Key(String version, String folder) {}

  /**
   * The engine for the catalogue in {@code folder}, which must be version {@code version}: the one
   * already built in this JVM, or a new one (loaded, validated and built once, while other tasks
   * asking for it wait).
   *
   * @throws SparkScreeningException when the folder holds no valid catalogue, or another version
   */
  static DecisionEngine engine(Path folder, String version) {
    Path at = folder.toAbsolutePath().normalize();
    return ENGINES.computeIfAbsent(new Key(version, at.toString()), key -> build(at, version));
  }

  /** How many engines this JVM has built (for tests: one per catalogue version and folder). */
  static int builds() {
    return BUILDS.get();
  }

  private static DecisionEngine build(Path folder, String version) {
    LoadResult result = CatalogueLoader.withDefaults().load(folder);
    if (!result.isValid()) {
      throw new SparkScreeningException("the catalogue at %s is not valid here: %s".formatted(folder,
          result.errors().get(0).format(Locale.ROOT)));
    }
    Catalogue catalogue = result.orElseThrow();
    if (!catalogue.info().version().equals(version)) {
      throw new SparkScreeningException("the catalogue at %s is version %s, but the job was planned on version %s"
          .formatted(folder, catalogue.info().version(), version));
    }
    BUILDS.incrementAndGet();
    return DecisionEngine.of(catalogue);
  }
}
