package io.github.tongban.benchmarks;

import io.github.tongban.catalog.SampleCatalogue;
import io.github.tongban.rules.Application;
import io.github.tongban.rules.Decision;
import io.github.tongban.rules.DecisionEngine;
import io.github.tongban.spring.MicrometerTongbanMetrics;
import io.github.tongban.spring.TongbanDecisions;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * What the Spring Boot starter's measured decisions ({@link TongbanDecisions}, a Micrometer timer by
 * operation and status) cost over the engine's own, on the same 1,024 seeded applications over the 61
 * sample items and the same engine; {@code timerOnly} is the measuring alone, which stays readable when
 * a busy machine blurs the difference of the other two.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class StarterBenchmark {
  private DecisionEngine engine;
  private TongbanDecisions measured;
  private MicrometerTongbanMetrics metrics;
  private Application[] applications;

  /** Each thread walks the applications on its own. */
  @State(Scope.Thread)
  public static class Cursor {
    int next;
  }

  @Setup
  public void setUp() {
    engine = DecisionEngine.of(SampleCatalogue.catalogue()).warmUp();
    metrics = new MicrometerTongbanMetrics(new SimpleMeterRegistry());
    measured = new TongbanDecisions(engine, metrics);
    applications = Workloads.applications();
  }

  @Benchmark
  public Decision engine(Cursor cursor) {
    return engine.decide(applications[cursor.next++ & (Workloads.APPLICATIONS - 1)]);
  }

  @Benchmark
  public Decision measured(Cursor cursor) {
    return measured.decide(applications[cursor.next++ & (Workloads.APPLICATIONS - 1)]);
  }

  /** The measuring alone: two clock reads and one timer record, what {@link #measured} adds to {@link #engine}. */
  @Benchmark
  @OutputTimeUnit(TimeUnit.NANOSECONDS)
  public long timerOnly() {
    long start = System.nanoTime();
    long took = System.nanoTime() - start;
    metrics.decision(TongbanDecisions.DECIDE, "eligible", took);
    return took;
  }
}
