package io.github.tongban.core.report;

import io.github.tongban.core.model.AcceptanceScope;
import io.github.tongban.core.model.Catalogue;
import io.github.tongban.core.model.OnlineLevel;
import io.github.tongban.core.model.RegionLevel;
import io.github.tongban.core.model.ServiceItem;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The figures a city publishes about its catalogue (the source document's 网上可办率, 全程网办率,
 * 平均跑动次数, 平均材料数, 承诺时限压缩比, 即办件占比), computed for any catalogue from the latest
 * version of each item. Each figure is defined in {@code docs/authoring.md}:
 *
 * <ul>
 *   <li>online-capable rate = items whose online level is partial or full / items;
 *   <li>fully-online rate = items whose online level is full / items;
 *   <li>average trips = Σ trips / items;
 *   <li>average materials = Σ materials defined per item (all scenarios together) / items;
 *   <li>compression = 1 − Σ promised limits / Σ statutory limits, a ratio of sums over the items
 *       with a statutory limit above 0 (instant items count with promise 0);
 *   <li>instant-item share = instant items / items;
 *   <li>element completeness (要素完整度) = Σ standard elements filled / Σ standard elements that
 *       apply, over the items ({@link StandardElement}, {@link ItemCompleteness}), rounded down so
 *       that 100.00 % means every item is complete.
 * </ul>
 *
 * @param items how many items
 * @param onlineCapable how many items can be handled online at least in part
 * @param fullyOnline how many items can be handled fully online
 * @param totalTrips the sum of trips over all items
 * @param totalMaterials the sum of materials over all items
 * @param totalPromisedDays the sum of promised limits over items with a statutory limit
 * @param totalStatutoryDays the sum of statutory limits
 * @param instant how many instant items
 * @param byDepartment items per department, by name
 * @param byLevel items per level that exercises them (an item counts at each of its levels)
 * @param byScope items per acceptance scope
 * @param completeness each item's element completeness, in the catalogue's order
 */
public record CatalogueReport(int items, int onlineCapable, int fullyOnline, long totalTrips, long totalMaterials,
    long totalPromisedDays, long totalStatutoryDays, int instant, Map<String, Integer> byDepartment,
    Map<RegionLevel, Integer> byLevel, Map<AcceptanceScope, Integer> byScope,
    List<ItemCompleteness> completeness) {

  public CatalogueReport {
    byDepartment = Collections.unmodifiableMap(new TreeMap<>(byDepartment));
    byLevel = Collections.unmodifiableMap(new EnumMap<>(byLevel.isEmpty() ? new EnumMap<>(RegionLevel.class) : byLevel));
    byScope = Collections.unmodifiableMap(new EnumMap<>(byScope.isEmpty() ? new EnumMap<>(AcceptanceScope.class) : byScope));
    completeness = List.copyOf(completeness);
  }

  /** The report of {@code catalogue}, over the latest version of each item. */
  public static CatalogueReport of(Catalogue catalogue) {
    Objects.requireNonNull(catalogue, "catalogue");
    return of(catalogue.items());
  }

  /** The report of {@code catalogue} as published on {@code date}: over the versions in force that day. */
  public static CatalogueReport of(Catalogue catalogue, java.time.LocalDate date) {
    Objects.requireNonNull(catalogue, "catalogue");
    return of(catalogue.itemsInForce(date));
  }

  private static CatalogueReport of(List<ServiceItem> items) {
    int onlineCapable = 0;
    int fullyOnline = 0;
    int instant = 0;
    long trips = 0;
    long materials = 0;
    long promised = 0;
    long statutory = 0;
    Map<String, Integer> byDepartment = new TreeMap<>();
    Map<RegionLevel, Integer> byLevel = new EnumMap<>(RegionLevel.class);
    Map<AcceptanceScope, Integer> byScope = new EnumMap<>(AcceptanceScope.class);
    List<ItemCompleteness> completeness = new ArrayList<>();
    for (ServiceItem i : items) {
      onlineCapable += i.onlineLevel() != OnlineLevel.NONE ? 1 : 0;
      fullyOnline += i.onlineLevel() == OnlineLevel.FULL ? 1 : 0;
      instant += i.timeLimit().instant() ? 1 : 0;
      trips += i.trips();
      materials += i.materials().size();
      if (i.timeLimit().statutory() > 0) {
        statutory += i.timeLimit().statutory();
        promised += i.timeLimit().instant() ? 0 : i.timeLimit().promised();
      }
      byDepartment.merge(i.department(), 1, Integer::sum);
      i.levels().forEach(l -> byLevel.merge(l, 1, Integer::sum));
      byScope.merge(i.scope(), 1, Integer::sum);
      completeness.add(ItemCompleteness.of(i));
    }
    return new CatalogueReport(items.size(), onlineCapable, fullyOnline, trips, materials, promised, statutory, instant,
        byDepartment, byLevel, byScope, completeness);
  }

  /** 网上可办率, in percent with two decimals. */
  public BigDecimal onlineCapableRate() {
    return percent(onlineCapable, items);
  }

  /** 全程网办率, in percent with two decimals. */
  public BigDecimal fullyOnlineRate() {
    return percent(fullyOnline, items);
  }

  /** 平均跑动次数, with two decimals. */
  public BigDecimal averageTrips() {
    return mean(totalTrips, items);
  }

  /** 平均材料数, with two decimals. */
  public BigDecimal averageMaterials() {
    return mean(totalMaterials, items);
  }

  /** 承诺时限压缩比 = 1 − Σ promised / Σ statutory, in percent with two decimals. */
  public BigDecimal compression() {
    if (totalStatutoryDays == 0) {
      return BigDecimal.ZERO.setScale(2);
    }
    return BigDecimal.valueOf(totalStatutoryDays - totalPromisedDays).multiply(BigDecimal.valueOf(100))
        .divide(BigDecimal.valueOf(totalStatutoryDays), 2, RoundingMode.HALF_UP);
  }

  /** 即办件占比, in percent with two decimals. */
  public BigDecimal instantShare() {
    return percent(instant, items);
  }

  /** How many standard elements the items fill, over all items. */
  public long elementsFilled() {
    return completeness.stream().mapToLong(ItemCompleteness::filled).sum();
  }

  /** How many standard elements apply to the items, over all items. */
  public long elementsApplicable() {
    return completeness.stream().mapToLong(ItemCompleteness::total).sum();
  }

  /** How many items fill every standard element that applies to them. */
  public int completeItems() {
    return (int) completeness.stream().filter(ItemCompleteness::isComplete).count();
  }

  /**
   * 要素完整度 = Σ elements filled / Σ elements applicable, in percent with two decimals, rounded
   * down: 100.00 only when every item is complete (and for a catalogue without items).
   */
  public BigDecimal completenessRate() {
    return percentDown(elementsFilled(), elementsApplicable());
  }

  /** {@code part / whole} in percent with two decimals, rounded down; 100.00 when there is nothing to count. */
  static BigDecimal percentDown(long part, long whole) {
    if (whole == 0) {
      return BigDecimal.valueOf(100).setScale(2);
    }
    return BigDecimal.valueOf(part).multiply(BigDecimal.valueOf(100)).divide(BigDecimal.valueOf(whole), 2, RoundingMode.DOWN);
  }

  private static BigDecimal percent(long part, long whole) {
    if (whole == 0) {
      return BigDecimal.ZERO.setScale(2);
    }
    return BigDecimal.valueOf(part).multiply(BigDecimal.valueOf(100)).divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_UP);
  }

  private static BigDecimal mean(long sum, long count) {
    if (count == 0) {
      return BigDecimal.ZERO.setScale(2);
    }
    return BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(count), 2, RoundingMode.HALF_UP);
  }
}
