package io.github.tongban.rules;

import io.github.tongban.core.scenario.Expectation;
import io.github.tongban.core.scenario.ScenarioTest;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;

/**
 * Runs a catalogue's scenario tests on an engine: each test's application is decided and the
 * decision compared with what the test expects, part by part. Failures are worded in the
 * runner's language (Chinese for any {@code zh} locale, English otherwise).
 */
public final class ScenarioRunner {
  private static final String BUNDLE = "io.github.tongban.rules.messages";

  private final DecisionEngine engine;
  private final LocalDate today;
  private final Locale locale;
  private final ResourceBundle messages;

  /**
   * A runner on {@code engine} whose failures are in English; tests that name no date are
   * decided on {@code today}.
   */
  public ScenarioRunner(DecisionEngine engine, LocalDate today) {
    this(engine, today, Locale.ENGLISH);
  }

  /**
   * A runner on {@code engine} whose failures are in {@code locale}'s language (Chinese or
   * English); tests that name no date are decided on {@code today}.
   */
  public ScenarioRunner(DecisionEngine engine, LocalDate today, Locale locale) {
    this.engine = Objects.requireNonNull(engine, "engine");
    this.today = Objects.requireNonNull(today, "today");
    this.locale = "zh".equals(Objects.requireNonNull(locale, "locale").getLanguage()) ? Locale.SIMPLIFIED_CHINESE : Locale.ROOT;
    // the root bundle is the English one; asking for it by Locale.ROOT keeps the default locale out of the lookup
    this.messages = ResourceBundle.getBundle(BUNDLE, this.locale);
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
    Expectation x = test.expect();
    Decision d;
    try {
      d = engine.decide(b.build());
    } catch (InvalidApplicationException e) {
      if (x.refused()) {
        List<String> codes = e.problems().stream().map(InvalidApplicationException.Problem::code).toList();
        return new Outcome(test, x.problem().filter(p -> !codes.contains(p)).map(p -> List.of(message("test.problem", p, codes))).orElse(List.of()));
      }
      return new Outcome(test, e.problems().stream().map(p -> message("test.application", p.field(), p.message().in(locale))).toList());
    }
    List<String> failures = new ArrayList<>();
    check(failures, "status", x.status(), word(d.status().name()));
    x.reasons().ifPresent(expected -> {
      List<String> got = d.reasons().stream().map(r -> r.wording().zh()).toList();
      List<String> missing = expected.stream().filter(e -> !got.contains(e)).toList();
      if (!missing.isEmpty()) {
        failures.add(message("test.reasons", missing, got));
      }
    });
    x.reasonMentions().ifPresent(expected -> {
      List<String> got = d.reasons().stream().map(r -> r.text().zh()).toList();
      expected.stream().filter(e -> got.stream().noneMatch(t -> t.contains(e)))
          .forEach(e -> failures.add(message("test.reason-mentions", e, got)));
    });
    x.questions().ifPresent(q -> checkSet(failures, "questions", q, d.nextQuestions().stream().map(Question::fact).toList()));
    x.followUps().ifPresent(q -> checkSet(failures, "followUps", q, d.followUpQuestions().stream().map(Question::fact).toList()));
    x.scenarios().ifPresent(s -> check(failures, "scenarios", s, d.scenarios().stream().map(ScenarioRef::id).toList()));
    x.conditionalScenarios().ifPresent(s -> checkSet(failures, "conditionalScenarios", s,
        d.scenarios().stream().filter(ScenarioRef::conditional).map(ScenarioRef::id).toList()));
    x.materials().ifPresent(m -> {
      Map<String, String> got = new LinkedHashMap<>();
      d.materials().forEach(md -> got.put(md.id(), word(md.status().name())));
      check(failures, "materials", m, got);
    });
    x.conditional().ifPresent(c -> checkSet(failures, "conditional", c,
        d.materials().stream().filter(MaterialDecision::conditional).map(MaterialDecision::id).toList()));
    x.acceptance().ifPresent(a -> check(failures, "acceptance", a, word(d.acceptance().outcome().name())));
    x.mode().ifPresent(m -> check(failures, "mode", Optional.of(m), d.acceptance().mode().map(v -> word(v.name()))));
    x.authority().ifPresent(a -> check(failures, "authority", Optional.of(a), d.acceptance().authority()));
    x.alternatives().ifPresent(a -> check(failures, "alternatives", a,
        d.acceptance().alternatives().stream().map(ServicePointRef::region).toList()));
    x.due().ifPresent(due -> check(failures, "due", due, d.timing().promisedDue()));
    x.statutoryDue().ifPresent(due -> check(failures, "statutoryDue", due, d.timing().statutoryDue()));
    x.latestDue().ifPresent(due -> check(failures, "latestDue", Optional.of(due), d.timing().latestPromisedDue()));
    x.latestStatutoryDue().ifPresent(due -> check(failures, "latestStatutoryDue", Optional.of(due), d.timing().latestStatutoryDue()));
    return new Outcome(test, failures);
  }

  private static String word(String enumName) {
    return enumName.toLowerCase(Locale.ROOT).replace('_', '-');
  }

  private void check(List<String> failures, String part, Object expected, Object actual) {
    if (!expected.equals(actual)) {
      failures.add(message("test.mismatch", messages.getString("test.part." + part), show(expected), show(actual)));
    }
  }

  /** Compares as sets: exactly the expected elements, in any order. */
  private void checkSet(List<String> failures, String part, List<String> expected, List<String> actual) {
    Set<String> missing = new LinkedHashSet<>(expected);
    actual.forEach(missing::remove);
    Set<String> unexpected = new LinkedHashSet<>(actual);
    expected.forEach(unexpected::remove);
    if (!missing.isEmpty() || !unexpected.isEmpty()) {
      failures.add(message("test.set-mismatch", messages.getString("test.part." + part), expected, actual, missing, unexpected));
    }
  }

  private String show(Object value) {
    return value instanceof Optional<?> o ? o.map(String::valueOf).orElseGet(() -> messages.getString("test.none")) : String.valueOf(value);
  }

  /** A message of the runner's bundle; every argument is shown as text, never formatted as a number or a date. */
  private String message(String key, Object... args) {
    Object[] texts = new Object[args.length];
    for (int i = 0; i < args.length; i++) {
      texts[i] = String.valueOf(args[i]);
    }
    return new MessageFormat(messages.getString(key), locale).format(texts);
  }
}
