package io.github.tongban.benchmarks;

import io.github.tongban.catalog.SampleCatalogue;
import io.github.tongban.core.model.Region;
import io.github.tongban.core.model.RegionLevel;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

/**
 * Writes residents of the sample city as JSON Lines, from a fixed seed, for screening: ages with
 * the city's rough shape (more working-age than old), household regions among the 182 village
 * stations, urban or rural households, incomes around the minimum-living standards, and the
 * status facts the sample items ask about. Synthetic people, generated for benchmarks.
 * {@code java -cp benchmarks.jar io.github.tongban.benchmarks.ResidentGenerator FILE [COUNT] [SEED]}
 */
public final class ResidentGenerator {
  private ResidentGenerator() {}

  public static void main(String[] args) throws IOException {
    write(Path.of(args.length > 0 ? args[0] : "target/residents.jsonl"), args.length > 1 ? Integer.parseInt(args[1]) : 100_000,
        args.length > 2 ? Long.parseLong(args[2]) : 20261126L);
  }

  /** Writes {@code count} residents to {@code file}. */
  public static void write(Path file, int count, long seed) throws IOException {
    List<Region> villages = SampleCatalogue.catalogue().regions().regions().stream()
        .filter(r -> r.level() == RegionLevel.VILLAGE).sorted(Comparator.comparing(Region::code)).toList();
    Random random = new Random(seed);
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (int i = 1; i <= count; i++) {
        int age = random.nextInt(10) < 8 ? 18 + random.nextInt(47) : 65 + random.nextInt(36);
        boolean urban = random.nextInt(10) < 6;
        int income = (int) Math.max(0, (urban ? 1_600 : 900) + random.nextGaussian() * (urban ? 900 : 500));
        String home = villages.get(random.nextInt(villages.size())).code();
        StringBuilder line = new StringBuilder(256).append("{\"id\":\"R").append(String.format("%06d", i)).append('"')
            .append(",\"age\":").append(age)
            .append(",\"householdRegion\":\"").append(home).append('"')
            .append(",\"householdType\":\"").append(urban ? "城镇" : "农村").append('"')
            .append(",\"monthlyIncomePerCapita\":").append(income)
            .append(",\"assetsWithinLimit\":").append(income < 1_000 || random.nextInt(4) == 0)
            .append(",\"agentApplies\":").append(age > 85 && random.nextBoolean())
            .append(",\"enrolledEmployeeMedical\":").append(age < 60 && random.nextInt(3) == 0)
            .append(",\"applicationKind\":\"首次申请\"");
        if (random.nextInt(20) == 0) {
          line.append(",\"disabledMember\":true");
        }
        w.write(line.append("}\n").toString());
      }
    }
  }
}
