package io.github.tongban.core.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** The region tree: the city, its county-level divisions, townships and villages, each a service point. */
public final class RegionTree {
  private final String root;
  private final Map<String, Region> regions;

  /**
   * A tree of the given regions, whose parent and child codes must all be present.
   *
   * @param root the code of the root region
   * @param regions every region of the tree
   */
  public RegionTree(String root, Collection<Region> regions) {
    Map<String, Region> byCode = new LinkedHashMap<>();
    for (Region r : regions) {
      if (byCode.put(r.code(), r) != null) {
        throw new IllegalArgumentException("region code %s appears twice".formatted(r.code()));
      }
    }
    if (!byCode.containsKey(root)) {
      throw new IllegalArgumentException("root region %s is not among the regions".formatted(root));
    }
    for (Region r : byCode.values()) {
      r.parent().filter(p -> !byCode.containsKey(p)).ifPresent(p -> {
        throw new IllegalArgumentException("region %s has unknown parent %s".formatted(r.code(), p));
      });
    }
    this.root = root;
    this.regions = Map.copyOf(byCode);
    Objects.requireNonNull(root, "root");
  }

  /**
   * Whether {@code code} is a well-formed administrative division code: 6 digits (county level,
   * GB/T 2260), 9 digits (township) or 12 digits (village, statistical division codes). A
   * well-formed code need not be in the tree: a code outside it is elsewhere, outside the city.
   */
  public static boolean isWellFormedCode(String code) {
    int n = code.length();
    return (n == 6 || n == 9 || n == 12) && code.chars().allMatch(c -> c >= '0' && c <= '9');
  }

  /** Whether {@code code} is a region of the tree (as opposed to elsewhere). */
  public boolean contains(String code) {
    return regions.containsKey(code);
  }

  /** The root region. */
  public Region root() {
    return regions.get(root);
  }

  /** The region with the given code. */
  public Optional<Region> region(String code) {
    return Optional.ofNullable(regions.get(code));
  }

  /** Every region, in no particular order. */
  public Collection<Region> regions() {
    return regions.values();
  }

  /** The region itself and every region it lies in, nearest first. */
  public List<Region> pathToRoot(String code) {
    List<Region> path = new ArrayList<>();
    Region r = regions.get(code);
    while (r != null) {
      path.add(r);
      r = r.parent().map(regions::get).orElse(null);
    }
    return List.copyOf(path);
  }

  /** Whether region {@code code} lies inside region {@code ancestor} or is that region. */
  public boolean isWithin(String code, String ancestor) {
    return pathToRoot(code).stream().anyMatch(r -> r.code().equals(ancestor));
  }

  /** The region at {@code level} that contains {@code code}, if there is one. */
  public Optional<Region> ancestorAt(String code, RegionLevel level) {
    return pathToRoot(code).stream().filter(r -> r.level() == level).findFirst();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof RegionTree t && t.root.equals(root) && t.regions.equals(regions);
  }

  @Override
  public int hashCode() {
    return regions.hashCode();
  }

  @Override
  public String toString() {
    return "RegionTree[root=" + root + ", " + regions.size() + " regions]";
  }
}
