package io.github.tongban.spring;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

/**
 * {@link TongbanMetrics} on Micrometer: the timer {@code tongban.decisions} (tags {@code operation},
 * {@code status}) and the counter {@code tongban.reloads} (tags {@code outcome}, {@code trigger}).
 */
public class MicrometerTongbanMetrics implements TongbanMetrics {
  /** The timer of decisions. */
  public static final String DECISIONS = "tongban.decisions";
  /** The counter of catalogue loads. */
  public static final String RELOADS = "tongban.reloads";

  private final Meter.MeterProvider<Timer> decisions;
  private final Meter.MeterProvider<Counter> reloads;

  public MicrometerTongbanMetrics(MeterRegistry registry) {
    Objects.requireNonNull(registry, "registry");
    this.decisions = Timer.builder(DECISIONS).description("Decisions on the served catalogue, by operation and status").withRegistry(registry);
    this.reloads = Counter.builder(RELOADS).description("Loads of the catalogue, by outcome and trigger").withRegistry(registry);
  }

  @Override
  public void decision(String operation, String status, long nanos) {
    decisions.withTags("operation", operation, "status", status).record(nanos, TimeUnit.NANOSECONDS);
  }

  @Override
  public void reload(ReloadReport report) {
    reloads.withTags("outcome", report.outcome().id(), "trigger", report.trigger().id()).increment();
  }
}
