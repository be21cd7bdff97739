package io.github.tongban.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tongban.catalog.SampleCatalogue;
import io.github.tongban.core.model.Catalogue;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The Drools engine against the independent plain-Java {@link Oracle}, on seeded random
 * applications over every sample item: the same status, scenarios, materials (with exemption,
 * deferral and conditional flags), acceptance outcome and mode, due date, and questions.
 */
class DifferentialTests {
  static final int APPLICATIONS = 100_000;
  static final long SEED = 20261126L;

  @Test
  void engineAndOracleAgreeOnRandomApplications() {
    Catalogue catalogue = SampleCatalogue.catalogue();
    DecisionEngine engine = DecisionEngine.of(catalogue);
    Oracle oracle = new Oracle(catalogue);
    RandomApplications random = new RandomApplications(catalogue, SEED);
    LocalDate today = LocalDate.of(2026, 11, 26);
    List<String> disagreements = new ArrayList<>();
    Map<Status, Integer> statuses = new LinkedHashMap<>();
    for (int i = 0; i < APPLICATIONS; i++) {
      Application a = random.next();
      Decision d = engine.decide(a);
      Oracle.Expected e = oracle.decide(a, today);
      Oracle.Expected actual = new Oracle.Expected(d.status(), d.scenarios().stream().map(ScenarioRef::id).toList(),
          materials(d), d.acceptance().outcome(), d.acceptance().mode(), d.acceptance().authority(), d.timing().promisedDue(),
          new LinkedHashSet<>(d.nextQuestions().stream().map(Question::fact).toList()));
      statuses.merge(d.status(), 1, Integer::sum);
      if (!actual.equals(e) && disagreements.size() < 10) {
        disagreements.add("#" + i + " " + a + "\n  engine: " + actual + "\n  oracle: " + e);
      }
    }
    assertThat(disagreements).as("disagreements between the engine and the oracle").isEmpty();
    assertThat(statuses).as("the random applications reach every status").containsKeys(Status.values());
  }

  private static Map<String, String> materials(Decision d) {
    Map<String, String> out = new LinkedHashMap<>();
    for (MaterialDecision m : d.materials()) {
      out.put(m.id(), m.status().name() + (m.conditional() ? "?" : ""));
      if (m.status() == MaterialDecision.Status.DEFERRABLE) {
        assertThat(m.deferUntil()).contains(d.timing().promisedDue());
      }
    }
    return out;
  }
}
