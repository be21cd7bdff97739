package io.github.tongban.core.model;

import java.util.Objects;

/**
 * The paper a material is handed in on (纸质规格).
 *
 * @param size the paper size
 */
public record Paper(PaperSize size) {
  public Paper {
    Objects.requireNonNull(size, "size");
  }
}
