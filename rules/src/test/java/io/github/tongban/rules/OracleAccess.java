package io.github.tongban.rules;

import io.github.tongban.core.model.Catalogue;
import java.util.Optional;

/** Compares a decision with the {@link Oracle}'s, for tests outside this package (the fuzz tests). */
public final class OracleAccess {
  private OracleAccess() {}

  /** Empty when the decision agrees with the oracle; otherwise the two, side by side. */
  public static Optional<String> agrees(Catalogue catalogue, Application a, Decision d) {
    Oracle.Expected e = new Oracle(catalogue).decide(a, d.timing().applicationDate());
    Oracle.Expected actual = Oracle.of(d);
    return actual.equals(e) ? Optional.empty() : Optional.of("engine " + actual + "\n oracle " + e);
  }
}
