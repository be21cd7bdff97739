package io.github.tongban.spring;

import io.github.tongban.core.load.LoadResult;
import io.github.tongban.core.model.Catalogue;
import io.github.tongban.core.validation.Problem;
import io.github.tongban.present.Language;
import io.github.tongban.present.ProblemFormat;
import io.github.tongban.present.SafeText;
import io.github.tongban.rules.DecisionEngine;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The catalogue this application serves: the engine deciding on it, when it was loaded, and how
 * the last load went. Reloads it from its {@link CatalogueSource}, one reload at a time: a
 * catalogue with errors is refused (and logged with its problems, neutralised), and the previous
 * one keeps serving; a valid one replaces it atomically, so a decision never sees half of each.
 *
 * <p>An admin route calls {@link #reload()} (or {@link #tryReload()} to turn away a second caller
 * while a reload runs); {@code tongban.reload.watch} calls it when a file changes.
 */
public class ServedCatalogue {
  private static final Logger LOG = LoggerFactory.getLogger(ServedCatalogue.class);

  private final DecisionEngine engine;
  private final CatalogueSource source;
  private final TongbanMetrics metrics;
  private final Language language;
  private final Clock clock;
  private final ReentrantLock reloading = new ReentrantLock();
  private volatile Instant loadedAt;
  private volatile ReloadReport lastReload;

  /**
   * Serves the catalogue {@code engine} decides on now (read from {@code source} at startup);
   * reloads read {@code source} again.
   */
  public ServedCatalogue(DecisionEngine engine, CatalogueSource source, TongbanMetrics metrics, Language language) {
    this(engine, source, metrics, language, List.of());
  }

  /** As {@link #ServedCatalogue(DecisionEngine, CatalogueSource, TongbanMetrics, Language)}, with the warnings of the load at startup. */
  public ServedCatalogue(DecisionEngine engine, CatalogueSource source, TongbanMetrics metrics, Language language,
      List<Problem> startupProblems) {
    this(engine, source, metrics, language, startupProblems, Clock.systemUTC());
  }

  ServedCatalogue(DecisionEngine engine, CatalogueSource source, TongbanMetrics metrics, Language language, List<Problem> startupProblems,
      Clock clock) {
    this.engine = Objects.requireNonNull(engine, "engine");
    this.source = Objects.requireNonNull(source, "source");
    this.metrics = Objects.requireNonNull(metrics, "metrics");
    this.language = Objects.requireNonNull(language, "language");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.loadedAt = clock.instant();
    this.lastReload = new ReloadReport(ReloadOutcome.LOADED, ReloadTrigger.STARTUP, loadedAt, version(), startupProblems, "");
    metrics.reload(lastReload);
  }

  /** The engine that decides on the served catalogue. */
  public DecisionEngine engine() {
    return engine;
  }

  /** The catalogue served now. */
  public Catalogue catalogue() {
    return engine.catalogue();
  }

  /** Where the catalogue is read from. */
  public CatalogueSource source() {
    return source;
  }

  /** When the catalogue served now was loaded. */
  public Instant loadedAt() {
    return loadedAt;
  }

  /** How the last load went (at first, the one at startup). */
  public ReloadReport lastReload() {
    return lastReload;
  }

  /** Reads the catalogue again and serves it when it is valid; waits while another reload runs. */
  public ReloadReport reload() {
    return reload(ReloadTrigger.MANUAL);
  }

  /** Reads the catalogue again as {@link #reload()} does, unless another reload is running: then empty, at once. */
  public Optional<ReloadReport> tryReload() {
    if (!reloading.tryLock()) {
      return Optional.empty();
    }
    try {
      return Optional.of(reloadLocked(ReloadTrigger.MANUAL));
    } finally {
      reloading.unlock();
    }
  }

  /** Reads the catalogue again, saying what started it; one reload at a time. */
  public ReloadReport reload(ReloadTrigger trigger) {
    reloading.lock();
    try {
      return reloadLocked(trigger);
    } finally {
      reloading.unlock();
    }
  }

  private ReloadReport reloadLocked(ReloadTrigger trigger) {
    ReloadReport report;
    LoadResult result = null;
    try {
      result = source.load();
      if (engine.reload(result)) {
        loadedAt = clock.instant();
        report = new ReloadReport(ReloadOutcome.LOADED, trigger, loadedAt, version(), result.problems(), "");
        LOG.info(Messages.get(language, "reload.loaded", trigger.id(), source.description(), version(), catalogue().items().size()));
        logWarnings(result.warnings(), language);
      } else {
        report = new ReloadReport(ReloadOutcome.REFUSED, trigger, clock.instant(), version(), result.problems(), "");
        LOG.warn(refusal(report, source.description(), language));
      }
    } catch (RuntimeException e) {
      // the rules could not be built, or the source could not be read: the current catalogue keeps serving
      String why = SafeText.line(e.getClass().getSimpleName() + ": " + e.getMessage());
      report = new ReloadReport(ReloadOutcome.FAILED, trigger, clock.instant(), version(),
          result == null ? List.of() : result.problems(), why);
      LOG.error(Messages.get(language, "reload.failed", trigger.id(), source.description(), why, version()));
    }
    lastReload = report;
    metrics.reload(report);
    return report;
  }

  private String version() {
    return engine.catalogue().info().version();
  }

  /** The log entry of a refused reload: one line saying so, then each error on a line of its own, all neutralised. */
  static String refusal(ReloadReport report, String source, Language language) {
    List<Problem> errors = report.errors();
    StringBuilder out = new StringBuilder(Messages.get(language, "reload.refused", report.trigger().id(), source, errors.size(),
        report.catalogueVersion()));
    errors.forEach(p -> out.append("\n  ").append(ProblemFormat.line(p, language)));
    return out.toString();
  }

  static void logWarnings(List<Problem> warnings, Language language) {
    if (!warnings.isEmpty() && LOG.isWarnEnabled()) {
      StringBuilder out = new StringBuilder(Messages.get(language, "load.warnings", warnings.size()));
      warnings.forEach(p -> out.append("\n  ").append(ProblemFormat.line(p, language)));
      LOG.warn(out.toString());
    }
  }
}
