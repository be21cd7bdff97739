package io.github.tongban.rules;

import io.github.tongban.core.scenario.Expectation;
import io.github.tongban.core.scenario.ScenarioTest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Runs a catalogue's scenario tests on an engine: each test's application is decided and the
 * decision compared with what the test expects, part by part.
 */
public final class ScenarioRunner {
  private final DecisionEngine engine;
  private final LocalDate today;

  /**
   * A runner on {@code engine}; tests that name no date are decided on {@code today}.
   */
  public ScenarioRunner(DecisionEngine engine, LocalDate today) {
    this.engine = Objects.requireNonNull(engine, "engine");
    this.today = Objects.requireNonNull(today, "today");
  }

  /** The outcome of one test. */
  public record Outcome(ScenarioTest test, List<String> failures) {
    public Outcome {
      Objects.requireNonNull(test, "test");
      failures = List.copyOf(failures);
    }

    public boolean passed() {
      return failures.isEmpty();
    }
  }

  /** Runs every test, in order. */
  public List<Outcome> run(List<ScenarioTest> tests) {
    return tests.stream().map(this::run).toList();
  }

  /** Runs one test. */
  public Outcome run(ScenarioTest test) {
    Application.Builder b = Application.forItem(test.item()).facts(test.facts()).on(test.date().orElse(today));
    test.at().ifPresentOrElse(b::at, b::online);
    Decision d;
    try {
      d = engine.decide(b.build());
    } catch (InvalidApplicationException e) {
      return new Outcome(test, e.problems().stream().map(p -> "application: " + p.field() + ": " + p.message().en()).toList());
    }
    Expectation x = test.expect();
    List<String> failures = new ArrayList<>();
    check(failures, "status", x.status(), word(d.status().name()));
    x.reasons().ifPresent(expected -> {
      List<String> got = d.reasons().stream().map(Reason::wording).toList();
      List<String> missing = expected.stream().filter(e -> !got.contains(e)).toList();
      if (!missing.isEmpty()) {
        failures.add("reasons: expected " + missing + " among " + got);
      }
    });
    x.questions().ifPresent(q -> check(failures, "questions", q, d.nextQuestions().stream().map(Question::fact).toList()));
    x.scenarios().ifPresent(s -> check(failures, "scenarios", s, d.scenarios().stream().map(ScenarioRef::id).toList()));
    x.materials().ifPresent(m -> {
      Map<String, String> got = new LinkedHashMap<>();
      d.materials().forEach(md -> got.put(md.id(), word(md.status().name())));
      check(failures, "materials", m, got);
    });
    x.acceptance().ifPresent(a -> check(failures, "acceptance", a, word(d.acceptance().outcome().name())));
    x.mode().ifPresent(m -> check(failures, "mode", Optional.of(m), d.acceptance().mode().map(v -> word(v.name()))));
    x.due().ifPresent(due -> check(failures, "due", due, d.timing().promisedDue()));
    return new Outcome(test, failures);
  }

  private static String word(String enumName) {
    return enumName.toLowerCase(Locale.ROOT).replace('_', '-');
  }

  private static void check(List<String> failures, String part, Object expected, Object actual) {
    if (!expected.equals(actual)) {
      failures.add(part + ": expected " + expected + ", got " + actual);
    }
  }
}
