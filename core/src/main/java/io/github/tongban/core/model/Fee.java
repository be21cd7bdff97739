package io.github.tongban.core.model;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * The fee (收费标准) of an item: free, or an amount in yuan with the basis for charging it.
 *
 * @param amount the amount in yuan; zero when free
 * @param basis the id of the item's legal basis for the charge; empty when free
 * @param notes how it is charged, exemptions
 * @param relief whether the fee may be reduced or waived (是否允许减免), and on what basis
 */
public record Fee(BigDecimal amount, Optional<String> basis, Optional<String> notes, Optional<FeeRelief> relief) {
  /** No fee. */
  public static final Fee FREE = new Fee(BigDecimal.ZERO, Optional.empty(), Optional.empty(), Optional.empty());

  public Fee {
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(basis, "basis");
    Objects.requireNonNull(notes, "notes");
    Objects.requireNonNull(relief, "relief");
    if (amount.signum() < 0) {
      throw new IllegalArgumentException("fee %s must not be negative".formatted(amount.toPlainString()));
    }
  }

  /** Whether the item is free of charge. */
  public boolean isFree() {
    return amount.signum() == 0;
  }
}
