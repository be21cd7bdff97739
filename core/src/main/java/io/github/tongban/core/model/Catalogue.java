package io.github.tongban.core.model;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A whole, valid catalogue (事项目录): its items, the fact dictionary, the parameters, the region
 * tree and the working-day calendar. Immutable; obtained from the loader, which returns one only
 * when every file is free of errors.
 */
public final class Catalogue {
  private final CatalogueInfo info;
  private final Map<String, FactDefinition> facts;
  private final Map<String, Parameter> parameters;
  private final RegionTree regions;
  private final WorkingCalendar calendar;
  private final Map<String, List<ServiceItem>> versions;

  /**
   * A catalogue of the given parts; ids and codes must be unique.
   *
   * @param info what the catalogue says about itself
   * @param facts the fact dictionary
   * @param parameters the dated parameters
   * @param regions the region tree
   * @param calendar the working-day calendar
   * @param items the service items
   */
  public Catalogue(CatalogueInfo info, Collection<FactDefinition> facts, Collection<Parameter> parameters,
      RegionTree regions, WorkingCalendar calendar, Collection<ServiceItem> items) {
    this.info = Objects.requireNonNull(info, "info");
    this.regions = Objects.requireNonNull(regions, "regions");
    this.calendar = Objects.requireNonNull(calendar, "calendar");
    this.facts = index(facts, FactDefinition::id, "fact");
    this.parameters = index(parameters, Parameter::id, "parameter");
    Map<String, List<ServiceItem>> byCode = new java.util.TreeMap<>();
    for (ServiceItem item : items) {
      List<ServiceItem> list = byCode.computeIfAbsent(item.code(), k -> new java.util.ArrayList<>());
      for (ServiceItem other : list) {
        if (other.validity().overlaps(item.validity())) {
          throw new IllegalArgumentException("item %s has two versions in force at once, from %s and from %s"
              .formatted(item.code(), other.validity().from(), item.validity().from()));
        }
      }
      list.add(item);
    }
    byCode.replaceAll((code, list) -> list.stream().sorted(java.util.Comparator.comparing((ServiceItem i) -> i.validity().from())).toList());
    this.versions = java.util.Collections.unmodifiableMap(byCode);
  }

  private static <T> Map<String, T> index(Collection<T> values, java.util.function.Function<T, String> key, String what) {
    Map<String, T> map = new LinkedHashMap<>();
    for (T v : values) {
      if (map.put(key.apply(v), v) != null) {
        throw new IllegalArgumentException("%s %s appears twice".formatted(what, key.apply(v)));
      }
    }
    return java.util.Collections.unmodifiableMap(map);
  }

  public CatalogueInfo info() {
    return info;
  }

  /** The items, one per code (its latest version), in the order of their codes. */
  public List<ServiceItem> items() {
    return versions.values().stream().map(list -> list.get(list.size() - 1)).toList();
  }

  /** The latest version of the item with the given code. */
  public Optional<ServiceItem> item(String code) {
    List<ServiceItem> list = versions.get(code);
    return list == null ? Optional.empty() : Optional.of(list.get(list.size() - 1));
  }

  /** The version of the item with the given code that is in force on {@code date}. */
  public Optional<ServiceItem> item(String code, java.time.LocalDate date) {
    return versions.getOrDefault(code, List.of()).stream().filter(i -> i.validity().contains(date)).findFirst();
  }

  /** The items with a version in force on {@code date}, that version each, in the order of their codes. */
  public List<ServiceItem> itemsInForce(java.time.LocalDate date) {
    return versions.values().stream().flatMap(list -> list.stream().filter(i -> i.validity().contains(date)).findFirst().stream()).toList();
  }

  /** The next version of the item with the given code that comes into force after {@code date}, if one is published. */
  public Optional<ServiceItem> upcoming(String code, java.time.LocalDate date) {
    return versions.getOrDefault(code, List.of()).stream().filter(i -> i.validity().from().isAfter(date)).findFirst();
  }

  /** Every version of the item with the given code, oldest first. */
  public List<ServiceItem> versions(String code) {
    return versions.getOrDefault(code, List.of());
  }

  /** The fact dictionary, in file order. */
  public List<FactDefinition> facts() {
    return List.copyOf(facts.values());
  }

  /** The fact with the given id. */
  public Optional<FactDefinition> fact(String id) {
    return Optional.ofNullable(facts.get(id));
  }

  /** The parameters, in file order. */
  public List<Parameter> parameters() {
    return List.copyOf(parameters.values());
  }

  /** The parameter with the given id. */
  public Optional<Parameter> parameter(String id) {
    return Optional.ofNullable(parameters.get(id));
  }

  public RegionTree regions() {
    return regions;
  }

  public WorkingCalendar calendar() {
    return calendar;
  }

  @Override
  public String toString() {
    return "Catalogue[" + info.name() + " " + info.version() + ", " + versions.size() + " items]";
  }
}
