package io.github.tongban.spring;

import io.github.tongban.core.load.CatalogueLoader;
import io.github.tongban.core.load.LoadResult;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * Where the served catalogue comes from: read at startup and again on every reload. The starter
 * makes one from {@code tongban.catalogue.path}, or from the bundled sample; define a bean of
 * this type to read it from elsewhere.
 */
public interface CatalogueSource {

  /** Reads the catalogue; never throws for anything the catalogue contains (every problem is in the result). */
  LoadResult load();

  /** The folder whose changes {@code tongban.reload.watch} follows; empty when the catalogue is not a folder of its own. */
  Optional<Path> folder();

  /** What this source is, for log lines and health details: the folder, or the bundled sample (not neutralised). */
  String description();

  /** The catalogue in {@code folder}, read by {@code loader}. */
  static CatalogueSource ofFolder(CatalogueLoader loader, Path folder) {
    Objects.requireNonNull(loader, "loader");
    Objects.requireNonNull(folder, "folder");
    return new CatalogueSource() {
      @Override
      public LoadResult load() {
        return loader.load(folder);
      }

      @Override
      public Optional<Path> folder() {
        return Optional.of(folder);
      }

      @Override
      public String description() {
        return folder.toString();
      }
    };
  }
}
