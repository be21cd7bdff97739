package io.github.tongban.core.model;

import java.util.Objects;
import java.util.Optional;

/**
 * Whether a fee may be reduced or waived (是否允许减免).
 *
 * @param allowed whether it may
 * @param basis the basis for reducing or waiving it (减免依据)
 */
public record FeeRelief(boolean allowed, Optional<String> basis) {
  public FeeRelief {
    Objects.requireNonNull(basis, "basis");
  }
}
