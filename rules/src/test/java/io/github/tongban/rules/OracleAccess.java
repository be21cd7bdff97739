package io.github.tongban.rules;

import io.github.tongban.core.model.Catalogue;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Compares a decision with the {@link Oracle}'s, for tests outside this package (the fuzz tests). */
public final class OracleAccess {
  private OracleAccess() {}

  /** Empty when the decision agrees with the oracle; otherwise the two, side by side. */
  public static Optional<String> agrees(Catalogue catalogue, Application a, Decision d) {
    Oracle.Expected e = new Oracle(catalogue).decide(a, d.timing().applicationDate());
    Map<String, String> materials = d.materials().stream().collect(Collectors.toMap(MaterialDecision::id,
        m -> m.status().name() + (m.conditional() ? "?" : ""), (x, y) -> x, java.util.LinkedHashMap::new));
    Oracle.Expected actual = new Oracle.Expected(d.status(), d.scenarios().stream().map(ScenarioRef::id).toList(), materials,
        d.acceptance().outcome(), d.acceptance().mode(), d.acceptance().authority(), d.timing().promisedDue(),
        new LinkedHashSet<>(d.nextQuestions().stream().map(Question::fact).toList()));
    return actual.equals(e) ? Optional.empty() : Optional.of("engine " + actual + "\n oracle " + e);
  }
}
