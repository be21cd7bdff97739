package io.github.tongban.core.model;

import java.util.Objects;
import java.util.Optional;

/**
 * What a catalogue says about itself, from its {@code catalogue.yaml}.
 *
 * @param name the catalogue's name
 * @param version the catalogue's version, reported with every decision made on it
 * @param publisher who publishes it
 * @param illustrative whether its content is sample content, not legal text
 * @param notice a notice shown with the catalogue, e.g. that it is illustrative
 */
public record CatalogueInfo(String name, String version, Optional<String> publisher, boolean illustrative, Optional<String> notice) {
  public CatalogueInfo {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(publisher, "publisher");
    Objects.requireNonNull(notice, "notice");
  }
}
