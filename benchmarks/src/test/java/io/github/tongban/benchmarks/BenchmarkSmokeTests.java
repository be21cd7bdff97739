package io.github.tongban.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tongban.core.load.CatalogueLoader;
import io.github.tongban.core.report.CatalogueReport;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/** Keeps the harness from rotting: every benchmark runs once, briefly, on small sizes. The real runs are in docs/performance.md. */
class BenchmarkSmokeTests {
  @Test
  void everyBenchmarkRunsOnce() throws Exception {
    Options options = new OptionsBuilder().include("io.github.tongban.benchmarks.*Benchmark.*").forks(0)
        .warmupIterations(0).measurementIterations(1).measurementTime(TimeValue.milliseconds(100))
        .param("items", "61").build();
    var results = new Runner(options).run();
    assertThat(results).extracting(r -> r.getParams().getBenchmark())
        .anyMatch(b -> b.endsWith("DecisionBenchmark.engine")).anyMatch(b -> b.endsWith("DecisionBenchmark.oracle"))
        .anyMatch(b -> b.endsWith("ScaleBenchmark.decide")).anyMatch(b -> b.endsWith("LoadBenchmark.fullLoad"))
        .anyMatch(b -> b.endsWith("DmnBenchmark.dmnEligibilityOnly")).anyMatch(b -> b.endsWith("DmnBenchmark.tongbanFullDecision"))
        .anyMatch(b -> b.endsWith("DmnBenchmark.tongbanEligibility"));
    for (RunResult r : results) {
      assertThat(r.getPrimaryResult().getScore()).isPositive();
    }
  }

  @Test
  void theDmnPeerDecidesEligibilityAsTongbanDoes() {
    assertThat(DmnBenchmark.check()).startsWith("agree on ").doesNotContain("agree on 0");
  }

  @Test
  void theGeneratorReproducesTheCitysFiguresAtTheCitysSize(@TempDir Path dir) throws Exception {
    CatalogueGenerator.write(dir, 8_302, Workloads.SEED, false);
    CatalogueReport r = CatalogueReport.of(CatalogueLoader.withDefaults().load(dir).orElseThrow());
    assertThat(r.items()).isEqualTo(8_302);
    assertThat(r.onlineCapable()).isEqualTo(8_301);
    assertThat(r.fullyOnline()).isEqualTo(8_284);
    assertThat(r.averageTrips()).isEqualByComparingTo("0.00");
    assertThat(r.averageMaterials()).isEqualByComparingTo("3.35");
    assertThat(r.compression()).isEqualByComparingTo("92.25");
    assertThat(r.instantShare().doubleValue()).isCloseTo(86.07, org.assertj.core.data.Offset.offset(0.02));
  }

  @Test
  void tongbanScreenProcessesATestSizedResidentFileEndToEnd(@TempDir Path dir) throws Exception {
    Path residents = dir.resolve("residents.jsonl");
    ResidentGenerator.write(residents, 2_000, Workloads.SEED);
    // as department files often do, leave out who applies: it changes nothing about eligibility
    java.nio.file.Files.write(residents, java.nio.file.Files.readAllLines(residents).stream()
        .map(l -> l.replaceAll(",\\\"agentApplies\\\":(true|false)", "")).toList());
    assertThat(java.nio.file.Files.readString(residents)).doesNotContain("agentApplies");
    Path out = dir.resolve("screened.jsonl");
    java.io.StringWriter err = new java.io.StringWriter();
    var cmd = io.github.tongban.cli.TongbanCommand.commandLine();
    cmd.setErr(new java.io.PrintWriter(err));
    int exit = cmd.execute("screen", "--items", "620300-MZ-001,620300-MZ-002,620300-YB-001", "--residents", residents.toString(),
        "--out", out.toString(), "--date", "2026-03-02", "--lang", "en");
    assertThat(exit).isZero();
    assertThat(java.nio.file.Files.readAllLines(out)).hasSize(6_000).allMatch(l -> l.startsWith("{\"resident\":\"R"));
    assertThat(err.toString()).contains("2,000 residents (0 skipped, 0 malformed lines)");
    // nobody said who applies: that changes nothing, so the elderly among them are eligible
    long elderlyEligible = java.nio.file.Files.readAllLines(out).stream()
        .filter(l -> l.contains("\"item\":\"620300-MZ-002\"") && l.contains("\"status\":\"ELIGIBLE\"")).count();
    assertThat(elderlyEligible).isPositive();
  }
}
