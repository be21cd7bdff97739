package io.github.tongban.core.model;

import java.util.Objects;
import java.util.Optional;

/**
 * Whether a special procedure is charged for (收费与否).
 *
 * @param charged whether the applicant pays for it
 * @param basis the id of the item's legal basis for the charge
 */
public record ProcedureFee(boolean charged, Optional<String> basis) {
  public ProcedureFee {
    Objects.requireNonNull(basis, "basis");
  }
}
