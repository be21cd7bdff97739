package io.github.tongban.benchmarks;

import io.github.tongban.rules.Application;
import io.github.tongban.rules.Decision;
import io.github.tongban.rules.DecisionEngine;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The same applications (over the sample's items) decided on the 61-item sample and on a
 * catalogue of 8,302 items (the sample plus generated items): whether decision time grows with
 * the catalogue.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ScaleBenchmark {
  @Param({"61", "8302"})
  public int items;

  private DecisionEngine engine;
  private Application[] applications;

  @Setup
  public void setUp() {
    // every shard built, as a long-running service has them: the heap holds the whole catalogue's rules
    engine = DecisionEngine.of(Workloads.catalogue(items)).warmUp();
    applications = Workloads.applications();
  }

  @Benchmark
  public Decision decide(DecisionBenchmark.Cursor cursor) {
    return engine.decide(applications[cursor.next++ & (Workloads.APPLICATIONS - 1)]);
  }
}
