package io.github.tongban.core.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A legal basis (设定依据) of an item: the law or regulation and its article. Conditions cite
 * it by {@link #id()}.
 *
 * @param id the id conditions use to cite it, unique within the item
 * @param title the title of the law or regulation, e.g. 《中华人民共和国社会保险法》
 * @param article the article, e.g. 第二十条
 * @param url where the text can be read
 */
public record LegalBasis(String id, String title, String article, Optional<String> url) {
  public LegalBasis {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(url, "url");
  }

  /** The citation as people write it: title and article. */
  public String citation() {
    return title + article;
  }
}
