package io.github.tongban.benchmarks;

import io.github.tongban.core.load.CatalogueLoader;
import io.github.tongban.core.model.Catalogue;
import io.github.tongban.rules.DecisionEngine;
import io.github.tongban.rules.RandomApplications;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;

/**
 * Start-up and memory of a generated catalogue, as a newcomer would time it. Generates the
 * catalogue first (not timed), then, on one line:
 * <ul>
 *   <li>load: parse and validate the catalogue;
 *   <li>first decision: from the JVM's start to the first decision decided (generation excluded);
 *   <li>full build: from making the engine to every shard of rules built
 *       ({@link DecisionEngine#warmUp()} after the first decision);
 *   <li>retained: heap used after the full build and a {@code System.gc()};
 *   <li>peak: the sum of the heap pools' peak usage since the load began.
 * </ul>
 * {@code java -Xmx8g -cp benchmarks/target/benchmarks.jar io.github.tongban.benchmarks.LoadMeasure [ITEMS [DIR]]}
 */
public final class LoadMeasure {
  private LoadMeasure() {}

  public static void main(String[] args) throws Exception {
    int items = args.length > 0 ? Integer.parseInt(args[0]) : 8_302;
    Path dir = Path.of(args.length > 1 ? args[1] : "target/synthetic-" + items);
    long g0 = System.nanoTime();
    CatalogueGenerator.write(dir, items, Workloads.SEED, false);
    long generation = System.nanoTime() - g0;
    System.gc();
    ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);

    long t1 = System.nanoTime();
    Catalogue catalogue = CatalogueLoader.withDefaults().load(dir).orElseThrow();
    long t2 = System.nanoTime();
    DecisionEngine engine = DecisionEngine.of(catalogue);
    long made = System.nanoTime();
    engine.decide(new RandomApplications(catalogue, Workloads.SEED).next());
    long t3 = System.nanoTime();
    // process start → first decision, without the generation (a real deployment has the files already)
    double firstDecision = ManagementFactory.getRuntimeMXBean().getUptime() / 1e3 - generation / 1e9;
    engine.warmUp();
    long t4 = System.nanoTime();
    long peak = ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
        .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    System.gc();
    System.gc();
    long retained = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    System.out.printf("items %d: load %.1f s, first decision %.1f s, full build %.1f s, retained %d MiB, peak %d MiB%n",
        items, (t2 - t1) / 1e9, firstDecision, (t4 - t2) / 1e9, retained >> 20, Math.max(peak, retained) >> 20);
    if (Boolean.getBoolean("loadmeasure.detail")) {
      System.err.printf("generation %.1f s, engine made %.1f s, first decision %.1f s, the other shards %.1f s, %d rules%n",
          generation / 1e9, (made - t2) / 1e9, (t3 - made) / 1e9, (t4 - t3) / 1e9, engine.ruleCount());
    }
  }
}
