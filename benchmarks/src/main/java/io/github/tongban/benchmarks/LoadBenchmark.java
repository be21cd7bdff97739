package io.github.tongban.benchmarks;

import io.github.tongban.core.load.CatalogueLoader;
import io.github.tongban.rules.DecisionEngine;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Loading a generated catalogue: bare YAML parsing of every file (SnakeYAML, no checks) against
 * tongban's full load (strict reading, schema, semantic checks, engine build), each a single shot.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class LoadBenchmark {
  @Param({"8302"})
  public int items;

  private Path dir;
  private List<Path> files;

  @Setup
  public void setUp() throws IOException {
    dir = Files.createTempDirectory("tongban-load-");
    CatalogueGenerator.write(dir, items, Workloads.SEED, false);
    try (Stream<Path> walk = Files.walk(dir)) {
      files = walk.filter(p -> p.toString().endsWith(".yaml")).toList();
    }
  }

  @Benchmark
  public int bareYamlParsing() throws IOException {
    int n = 0;
    for (Path f : files) {
      try (InputStream in = Files.newInputStream(f)) {
        n += new Yaml(new SafeConstructor(new LoaderOptions())).load(in) == null ? 0 : 1;
      }
    }
    return n;
  }

  @Benchmark
  public int fullLoad() {
    // every shard built, as before shards were built lazily
    return DecisionEngine.of(CatalogueLoader.withDefaults().load(dir).orElseThrow()).warmUp().ruleCount();
  }
}
