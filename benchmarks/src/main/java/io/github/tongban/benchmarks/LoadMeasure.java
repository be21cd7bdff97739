package io.github.tongban.benchmarks;

import io.github.tongban.core.load.CatalogueLoader;
import io.github.tongban.core.load.LoadResult;
import io.github.tongban.core.report.CatalogueReport;
import io.github.tongban.rules.DecisionEngine;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;

/**
 * One full load of a generated catalogue, as a newcomer would time it: generate, then parse,
 * validate, build the engine; prints the time of each step, the peak heap and the report.
 * {@code java -cp benchmarks/target/benchmarks.jar io.github.tongban.benchmarks.LoadMeasure [ITEMS]}
 */
public final class LoadMeasure {
  private LoadMeasure() {}

  public static void main(String[] args) throws Exception {
    int items = args.length > 0 ? Integer.parseInt(args[0]) : 8_302;
    Path dir = Path.of(args.length > 1 ? args[1] : "target/synthetic-" + items);
    long t0 = System.nanoTime();
    CatalogueGenerator.write(dir, items, 20261126L, false);
    long t1 = System.nanoTime();
    ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    LoadResult result = CatalogueLoader.withDefaults().load(dir);
    long t2 = System.nanoTime();
    DecisionEngine engine = DecisionEngine.of(result.orElseThrow());
    long t3 = System.nanoTime();
    long peak = ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
        .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    CatalogueReport r = CatalogueReport.of(engine.catalogue());
    System.out.printf("items %d: generate %.1f s, load+validate %.1f s, engine build %.1f s (%d rules), full load %.1f s, peak heap ≈ %d MiB%n",
        items, (t1 - t0) / 1e9, (t2 - t1) / 1e9, (t3 - t2) / 1e9, engine.ruleCount(), (t3 - t1) / 1e9, peak >> 20);
    System.out.printf("report: items %d, online-capable %d (%s%%), fully online %d (%s%%), average trips %s, average materials %s, "
        + "compression %s%%, instant %d (%s%%)%n", r.items(), r.onlineCapable(), r.onlineCapableRate(), r.fullyOnline(), r.fullyOnlineRate(),
        r.averageTrips(), r.averageMaterials(), r.compression(), r.instant(), r.instantShare());
  }
}
