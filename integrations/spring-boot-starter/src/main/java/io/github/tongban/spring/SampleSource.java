package io.github.tongban.spring;

import io.github.tongban.catalog.SampleCatalogue;
import io.github.tongban.core.load.CatalogueLoader;
import io.github.tongban.core.load.LoadResult;
import java.nio.file.Path;
import java.util.Optional;

/** The bundled sample catalogue of tongban-catalog: only loaded when that module is on the class path. */
final class SampleSource implements CatalogueSource {
  /** The class whose presence means the sample is there. */
  static final String MARKER = "io.github.tongban.catalog.SampleCatalogue";

  private final CatalogueLoader loader;

  SampleSource(CatalogueLoader loader) {
    this.loader = loader;
  }

  @Override
  public LoadResult load() {
    return SampleCatalogue.load(loader);
  }

  @Override
  public Optional<Path> folder() {
    return Optional.empty();
  }

  @Override
  public String description() {
    return "the bundled sample catalogue (tongban-catalog)";
  }
}
