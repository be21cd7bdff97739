package io.github.tongban.rules;

import io.github.tongban.core.model.Catalogue;
import io.github.tongban.core.model.FactDefinition;
import io.github.tongban.core.model.ItemStatus;
import io.github.tongban.core.model.Parameter;
import io.github.tongban.core.model.Region;
import io.github.tongban.core.model.ServiceItem;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Seeded random applications over a catalogue's items: every fact sometimes missing, values near
 * the thresholds. Applications for an item version that is suspended or cancelled (refused, not
 * decided) are drawn again unless asked for.
 */
public final class RandomApplications {
  private final Catalogue catalogue;
  private final Random random;
  private final List<ServiceItem> items;
  private final List<Region> regions;
  private final List<BigDecimal> thresholds = new ArrayList<>();
  private final boolean refusedToo;

  /** Applications the engine decides: none for an item version that is not in use. */
  public RandomApplications(Catalogue catalogue, long seed) {
    this(catalogue, seed, false);
  }

  /** Applications; {@code refusedToo}: also for item versions that are suspended or cancelled. */
  public RandomApplications(Catalogue catalogue, long seed, boolean refusedToo) {
    this.refusedToo = refusedToo;
    this.catalogue = catalogue;
    this.random = new Random(seed);
    this.items = catalogue.items();
    this.regions = List.copyOf(catalogue.regions().regions()).stream().sorted(java.util.Comparator.comparing(Region::code)).toList();
    for (Parameter p : catalogue.parameters()) {
      p.values().forEach(v -> {
        if (v.value() instanceof io.github.tongban.core.condition.Value.Number n) {
          thresholds.add(n.value());
        }
      });
    }
  }

  public Application next() {
    while (true) {
      Application a = draw();
      if (refusedToo || catalogue.item(a.item(), a.date().orElseThrow()).filter(i -> i.status() == ItemStatus.IN_USE).isPresent()) {
        return a;
      }
    }
  }

  private Application draw() {
    ServiceItem item = items.get(random.nextInt(items.size()));
    Application.Builder b = Application.forItem(item.code());
    for (FactDefinition f : catalogue.facts()) {
      if (random.nextInt(10) < 7) {
        b.fact(f.id(), value(f));
      }
    }
    if (random.nextInt(5) == 0) {
      b.online();
    } else {
      b.at(regions.get(random.nextInt(regions.size())).code());
    }
    LocalDate date = LocalDate.of(2025, 6, 1).plusDays(random.nextInt(580));
    if (!item.validity().contains(date)) {
      date = item.validity().from().plusDays(random.nextInt(300));
    }
    return b.on(date).build();
  }

  /** Some codes outside the sample's tree: elsewhere in China, and in the city but not listed (by prefix). */
  private static final List<String> ELSEWHERE = List.of("110101001001", "620102001001", "621000", "620402003");

  /** Mostly a region of the tree; one time in ten elsewhere, one in ten a place of the city the tree does not list. */
  private String region() {
    int dice = random.nextInt(10);
    if (dice == 0) {
      return ELSEWHERE.get(random.nextInt(ELSEWHERE.size()));
    }
    String code = regions.get(random.nextInt(regions.size())).code();
    if (dice == 1 && code.length() < 12) {
      String below = code + "987";
      return catalogue.regions().region(below).isPresent() ? code : below;
    }
    return code;
  }

  private Object value(FactDefinition f) {
    return switch (f.type()) {
      case BOOLEAN -> random.nextBoolean();
      case INTEGER -> {
        int min = f.min().map(BigDecimal::intValue).orElse(0);
        int max = f.max().map(BigDecimal::intValue).orElse(1000);
        int v = random.nextInt(3) == 0 ? 16 + random.nextInt(70) : min + random.nextInt(max - min + 1);
        yield Math.max(min, Math.min(max, v));
      }
      case DECIMAL -> {
        BigDecimal v = !thresholds.isEmpty() && random.nextInt(3) == 0
            ? thresholds.get(random.nextInt(thresholds.size())).add(BigDecimal.valueOf(random.nextInt(3) - 1))
            : BigDecimal.valueOf(random.nextInt(2000));
        if (f.min().isPresent() && v.compareTo(f.min().get()) < 0) {
          v = f.min().get();
        }
        if (f.max().isPresent() && v.compareTo(f.max().get()) > 0) {
          v = f.max().get();
        }
        yield v;
      }
      case ENUM -> f.allowedValues().get(random.nextInt(f.allowedValues().size()));
      case REGION -> region();
      case DATE -> LocalDate.of(1930, 1, 1).plusDays(random.nextInt(35_000));
      case TEXT -> "文本" + random.nextInt(5);
    };
  }
}
