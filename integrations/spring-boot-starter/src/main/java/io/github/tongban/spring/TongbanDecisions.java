package io.github.tongban.spring;

import io.github.tongban.rules.Application;
import io.github.tongban.rules.Decision;
import io.github.tongban.rules.DecisionEngine;
import io.github.tongban.rules.Eligibility;
import io.github.tongban.rules.InvalidApplicationException;
import io.github.tongban.rules.Status;
import java.util.Locale;
import java.util.Objects;

/**
 * Decides applications on the served catalogue and measures each decision ({@link TongbanMetrics}):
 * what a controller calls. Thread-safe, as the engine is.
 */
public class TongbanDecisions {
  /** The operation tag of {@link #decide}. */
  public static final String DECIDE = "decide";
  /** The operation tag of {@link #eligibility}. */
  public static final String ELIGIBILITY = "eligibility";

  private final DecisionEngine engine;
  private final TongbanMetrics metrics;

  public TongbanDecisions(DecisionEngine engine, TongbanMetrics metrics) {
    this.engine = Objects.requireNonNull(engine, "engine");
    this.metrics = Objects.requireNonNull(metrics, "metrics");
  }

  /**
   * The full decision, as {@link DecisionEngine#decide} makes it.
   *
   * @throws InvalidApplicationException when the item, the service point or a fact is unknown, or a value is not of its fact's type
   */
  public Decision decide(Application application) {
    long start = System.nanoTime();
    String status = "error";
    try {
      Decision d = engine.decide(application);
      status = tag(d.status());
      return d;
    } catch (InvalidApplicationException e) {
      status = "invalid";
      throw e;
    } finally {
      metrics.decision(DECIDE, status, System.nanoTime() - start);
    }
  }

  /**
   * The status and the questions that can change it, as {@link DecisionEngine#eligibility} finds them.
   *
   * @throws InvalidApplicationException as {@link #decide} does
   */
  public Eligibility eligibility(Application application) {
    long start = System.nanoTime();
    String status = "error";
    try {
      Eligibility e = engine.eligibility(application);
      status = tag(e.status());
      return e;
    } catch (InvalidApplicationException e) {
      status = "invalid";
      throw e;
    } finally {
      metrics.decision(ELIGIBILITY, status, System.nanoTime() - start);
    }
  }

  /** The engine decisions are made with. */
  public DecisionEngine engine() {
    return engine;
  }

  private static String tag(Status status) {
    return status.name().toLowerCase(Locale.ROOT);
  }
}
