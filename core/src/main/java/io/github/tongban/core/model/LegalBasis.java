package io.github.tongban.core.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A legal basis (依据) of an item: the law or regulation and its article. Conditions, materials
 * and special procedures cite it by {@link #id()}.
 *
 * @param id the id conditions use to cite it, unique within the item
 * @param title the title of the law or regulation, e.g. 《中华人民共和国社会保险法》
 * @param article the article, e.g. 第二十条
 * @param url where the text can be read
 * @param kind what it is the basis for: setting up the item (设定依据), implementing it or
 *     supervising it; empty when the catalogue does not say
 */
public record LegalBasis(String id, String title, String article, Optional<String> url, Optional<BasisKind> kind) {
  public LegalBasis {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(kind, "kind");
  }

  /** The citation as people write it: title and article. */
  public String citation() {
    return title + article;
  }
}
