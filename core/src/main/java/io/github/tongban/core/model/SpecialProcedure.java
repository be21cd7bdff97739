package io.github.tongban.core.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A special procedure (特别程序) an application may go through, such as an inspection or a public
 * notice, with the longest time it may take.
 *
 * @param kind the kind of procedure
 * @param name its name; required for {@link SpecialProcedureKind#OTHER}
 * @param maxDays the longest it may take, at least 1
 * @param unit whether {@code maxDays} counts working days or calendar days
 * @param basis the id of the item's legal basis for it
 * @param fee whether it is charged for, and on what basis
 * @param countsTowardStatutory whether its time counts toward the statutory limit; usually not, so
 *     that it moves the due date
 */
public record SpecialProcedure(
    SpecialProcedureKind kind,
    Optional<String> name,
    int maxDays,
    DayUnit unit,
    Optional<String> basis,
    Optional<ProcedureFee> fee,
    boolean countsTowardStatutory) {
  public SpecialProcedure {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(basis, "basis");
    Objects.requireNonNull(fee, "fee");
    if (maxDays < 1) {
      throw new IllegalArgumentException("special procedure %s: maxDays %d must be at least 1".formatted(kind.yamlName(), maxDays));
    }
    if (kind == SpecialProcedureKind.OTHER && name.isEmpty()) {
      throw new IllegalArgumentException("a special procedure of kind other needs a name");
    }
  }

  /** Its name: the one given, else the Chinese name of its kind. */
  public String displayName() {
    return name.orElse(kind.label());
  }
}
