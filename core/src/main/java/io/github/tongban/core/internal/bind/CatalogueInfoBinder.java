package io.github.tongban.core.internal.bind;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.tongban.core.internal.yaml.YamlDocument;
import io.github.tongban.core.model.CatalogueInfo;

/** Binds {@code catalogue.yaml}, what the catalogue says about itself; the schema leaves nothing to check. */
public final class CatalogueInfoBinder {
  private CatalogueInfoBinder() {}

  /** The catalogue's description in {@code doc}, which passed its schema. */
  public static CatalogueInfo bind(YamlDocument doc) {
    JsonNode n = doc.root();
    return new CatalogueInfo(Json.text(n, "name"), Json.text(n, "version"), Json.optText(n, "publisher"),
        Json.bool(n, "illustrative"), Json.optText(n, "notice"));
  }
}
