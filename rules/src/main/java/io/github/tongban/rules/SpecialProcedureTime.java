package io.github.tongban.rules;

import io.github.tongban.core.model.DayUnit;
import io.github.tongban.core.model.LegalBasis;
import io.github.tongban.core.model.SpecialProcedureKind;
import java.util.Objects;
import java.util.Optional;

/**
 * A special procedure (特别程序) of the item and what it does to the due dates: one whose time does
 * not count toward the statutory limit (the usual case: 行政许可法第四十五条) may move them by at most
 * {@code maxDays}; one whose time counts does not move them.
 *
 * @param kind the kind of procedure, e.g. {@link SpecialProcedureKind#EXPERT_REVIEW} (专家评审)
 * @param name its name: the catalogue's, or the Chinese name of its kind
 * @param maxDays the longest it may take
 * @param unit whether that counts working days (on the catalogue's calendar) or calendar days
 * @param basis the legal basis the item cites for it
 * @param countsTowardStatutory whether its time counts toward the statutory limit, so that it
 *     does not move the due dates
 */
public record SpecialProcedureTime(SpecialProcedureKind kind, String name, int maxDays, DayUnit unit, Optional<LegalBasis> basis,
    boolean countsTowardStatutory) {
  public SpecialProcedureTime {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(basis, "basis");
    if (maxDays < 1) {
      throw new IllegalArgumentException("special procedure %s: maxDays %d must be at least 1".formatted(name, maxDays));
    }
  }

  /** Whether it may move the due dates: its time does not count toward the statutory limit. */
  public boolean movesDueDates() {
    return !countsTowardStatutory;
  }
}
