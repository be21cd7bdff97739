package io.github.tongban.rules;

import io.github.tongban.core.load.LoadResult;
import io.github.tongban.core.model.Catalogue;
import io.github.tongban.rules.internal.CompiledCatalogue;
import io.github.tongban.rules.internal.RulesFailure;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Decides applications on a catalogue: eligibility, scenario, materials, acceptance and due
 * date, the same way for every service point. The catalogue's rules are built once, never per
 * decision: in shards of a few dozen item versions, each built on the first decision of one of
 * its items (so the first decision waits only for its own shard), all of them on
 * {@link #reload} and {@link #warmUp}.
 *
 * <pre>{@code
 * DecisionEngine engine = DecisionEngine.of(catalogue);
 * Decision d = engine.decide(Application.forItem("620300-MZ-002")
 *     .fact("age", 82).fact("householdRegion", "620302001001").fact("agentApplies", false)
 *     .at("620321001").on(LocalDate.of(2026, 3, 2)).build());
 * }</pre>
 *
 * <p>Thread-safe: {@link #decide} may be called from any number of threads, and
 * {@link #reload} swaps the catalogue atomically; a decision already running finishes on the
 * catalogue it started with, and reports that catalogue's version.
 */
public final class DecisionEngine {
  /** The time zone of "today" when an application names no date: the city's. */
  public static final ZoneId CITY_ZONE = ZoneId.of("Asia/Shanghai");

  private final Clock clock;
  private final AtomicReference<CompiledCatalogue> current;

  private DecisionEngine(CompiledCatalogue compiled, Clock clock) {
    this.current = new AtomicReference<>(compiled);
    this.clock = clock;
  }

  /**
   * An engine for {@code catalogue}; "today" is the date in {@link #CITY_ZONE}. Each shard of
   * rules is built on its first use; call {@link #warmUp} to build them all now.
   */
  public static DecisionEngine of(Catalogue catalogue) {
    return of(catalogue, Clock.system(CITY_ZONE));
  }

  /** An engine for {@code catalogue} whose "today" comes from {@code clock}. */
  public static DecisionEngine of(Catalogue catalogue, Clock clock) {
    Objects.requireNonNull(catalogue, "catalogue");
    return new DecisionEngine(CompiledCatalogue.compile(catalogue), Objects.requireNonNull(clock, "clock"));
  }

  /**
   * Decides one application.
   *
   * @throws InvalidApplicationException when the item, the service point or a fact is unknown, or
   *     a value is not of its fact's type
   */
  public Decision decide(Application application) {
    Objects.requireNonNull(application, "application");
    return Decider.decide(current.get(), application, LocalDate.now(clock));
  }

  /**
   * The screening path: the status and the questions that can change it, equal to those of
   * {@link #decide} for the same application, at a fraction of the cost (no materials, acceptance,
   * reasons or dates are derived).
   *
   * @throws InvalidApplicationException as {@link #decide} does
   */
  public Eligibility eligibility(Application application) {
    Objects.requireNonNull(application, "application");
    return Decider.eligibility(current.get(), application, LocalDate.now(clock));
  }

  /** The compiled catalogue decisions are made on now (for {@link Screening}). */
  CompiledCatalogue compiled() {
    return current.get();
  }

  /** The catalogue decisions are made on now. */
  public Catalogue catalogue() {
    return current.get().catalogue();
  }

  /** How many rules the current catalogue compiles into (known before any shard is built). */
  public int ruleCount() {
    return current.get().ruleCount();
  }

  /**
   * Builds every shard of rules of the current catalogue not built yet, using every core, and
   * returns when all are built; decisions made meanwhile build or wait for their own shard.
   *
   * @return this engine
   */
  public DecisionEngine warmUp() {
    try {
      current.get().buildAll();
    } catch (RulesFailure e) {
      throw new RuleEngineException(e);
    }
    return this;
  }

  /**
   * Builds every rule of {@code catalogue} and then, atomically, makes it the one decisions use;
   * when a rule cannot be built, this throws a {@link RuleEngineException} and the current
   * catalogue keeps serving.
   */
  public void reload(Catalogue catalogue) {
    CompiledCatalogue compiled;
    try {
      compiled = CompiledCatalogue.compile(Objects.requireNonNull(catalogue, "catalogue")).buildAll();
    } catch (RulesFailure e) {
      throw new RuleEngineException(e);
    }
    current.set(compiled);
  }

  /**
   * Reloads from a load result: a catalogue that failed validation is refused, and the current
   * one keeps serving.
   *
   * @return whether the new catalogue is now in use
   */
  public boolean reload(LoadResult result) {
    if (!result.isValid()) {
      return false;
    }
    reload(result.orElseThrow());
    return true;
  }
}
