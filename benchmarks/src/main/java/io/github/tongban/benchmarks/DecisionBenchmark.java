package io.github.tongban.benchmarks;

import io.github.tongban.catalog.SampleCatalogue;
import io.github.tongban.rules.Application;
import io.github.tongban.rules.Decision;
import io.github.tongban.rules.DecisionEngine;
import io.github.tongban.rules.Oracle;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The Drools engine's full decision against the plain-Java oracle's (same semantics, no rule
 * engine) on the same 1,024 seeded applications over the 61 sample items, in one run. Run with
 * {@code -t 2} for the throughput on both cores.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class DecisionBenchmark {
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

  private DecisionEngine engine;
  private Oracle oracle;
  private Application[] applications;

  /** Each thread walks the applications on its own. */
  @State(Scope.Thread)
  public static class Cursor {
    int next;
  }

  @Setup
  public void setUp() {
    engine = DecisionEngine.of(SampleCatalogue.catalogue());
    oracle = new Oracle(SampleCatalogue.catalogue());
    applications = Workloads.applications();
  }

  @Benchmark
  public Decision engine(Cursor cursor) {
    return engine.decide(applications[cursor.next++ & (Workloads.APPLICATIONS - 1)]);
  }

  @Benchmark
  public Oracle.Expected oracle(Cursor cursor) {
    return oracle.decide(applications[cursor.next++ & (Workloads.APPLICATIONS - 1)], TODAY);
  }
}
