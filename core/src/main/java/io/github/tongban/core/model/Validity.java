package io.github.tongban.core.model;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The dates between which something is in force, both inclusive.
 *
 * @param from the first day in force
 * @param to the last day in force; empty while open-ended
 */
public record Validity(LocalDate from, Optional<LocalDate> to) {
  public Validity {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (to.isPresent() && to.get().isBefore(from)) {
      throw new IllegalArgumentException("validity ends %s before it starts %s".formatted(to.get(), from));
    }
  }

  /** Whether {@code date} falls inside. */
  public boolean contains(LocalDate date) {
    return !date.isBefore(from) && to.map(t -> !date.isAfter(t)).orElse(true);
  }

  /** Whether the two periods share at least one day. */
  public boolean overlaps(Validity other) {
    boolean thisEndsBefore = to.map(t -> t.isBefore(other.from)).orElse(false);
    boolean otherEndsBefore = other.to.map(t -> t.isBefore(from)).orElse(false);
    return !thisEndsBefore && !otherEndsBefore;
  }
}
