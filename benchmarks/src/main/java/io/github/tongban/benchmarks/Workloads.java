package io.github.tongban.benchmarks;

import io.github.tongban.catalog.SampleCatalogue;
import io.github.tongban.core.load.CatalogueLoader;
import io.github.tongban.core.model.Catalogue;
import io.github.tongban.rules.Application;
import io.github.tongban.rules.RandomApplications;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** The catalogues and applications the benchmarks share, all from fixed seeds. */
final class Workloads {
  static final long SEED = 20261126L;
  static final int APPLICATIONS = 1_024;

  private Workloads() {}

  /** 1,024 seeded random applications over the sample's items. */
  static Application[] applications() {
    RandomApplications random = new RandomApplications(SampleCatalogue.catalogue(), SEED);
    return Stream.generate(random::next).limit(APPLICATIONS).toArray(Application[]::new);
  }

  /** The sample catalogue when {@code size} is 61; otherwise the sample plus generated items up to {@code size}. */
  static Catalogue catalogue(int size) {
    Catalogue sample = SampleCatalogue.catalogue();
    if (size <= sample.items().size()) {
      return sample;
    }
    try {
      Path dir = Files.createTempDirectory("tongban-scale-");
      CatalogueGenerator.write(dir, size - sample.items().size(), SEED, true);
      return CatalogueLoader.withDefaults().load(dir).orElseThrow();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
