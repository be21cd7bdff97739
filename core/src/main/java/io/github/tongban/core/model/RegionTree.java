package io.github.tongban.core.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** The region tree: the city, its county-level divisions, townships and villages, each a service point. */
public final class RegionTree {
  private final String root;
  private final Map<String, Region> regions;
  /** Each region's path to the root, nearest first: the tree is asked for it on every decision. */
  private final Map<String, List<Region>> paths;

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
    this.paths = paths(this.regions);
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

  /**
   * The region of the tree a well-formed code lies in: the region itself, or else the nearest
   * region whose code is the prefix of a higher level (a village's township, county or city, by
   * GB/T 2260 and the statistical division codes), for places the tree does not list (a village
   * without its own service station). Empty when none is in the tree: the code is elsewhere,
   * outside the city.
   */
  public Optional<Region> locate(String code) {
    Region r = regions.get(code);
    if (r != null || !isWellFormedCode(code)) {
      return Optional.ofNullable(r);
    }
    for (String ancestor : prefixes(code)) {
      Region a = regions.get(ancestor);
      if (a != null) {
        return Optional.of(a);
      }
    }
    return Optional.empty();
  }

  /** Whether a code lies in the city: in the tree, or under one of its regions by prefix. */
  public boolean inCity(String code) {
    return locate(code).isPresent();
  }

  /** The codes of the higher levels a code implies, nearest first: township, county, city, province. */
  private static List<String> prefixes(String code) {
    List<String> out = new ArrayList<>();
    if (code.length() == 12) {
      out.add(code.substring(0, 9));
    }
    if (code.length() >= 9) {
      out.add(code.substring(0, 6));
    }
    out.add(code.substring(0, 4) + "00");
    out.add(code.substring(0, 2) + "0000");
    out.removeIf(code::equals);
    return out;
  }

  /** The region itself (or the region it lies in, see {@link #locate}) and every region it lies in, nearest first. */
  public List<Region> pathToRoot(String code) {
    List<Region> known = paths.get(code);
    if (known != null) {
      return known;
    }
    return locate(code).map(r -> paths.get(r.code())).orElse(List.of());
  }

  private static Map<String, List<Region>> paths(Map<String, Region> regions) {
    Map<String, List<Region>> out = new HashMap<>();
    for (Region start : regions.values()) {
      List<Region> path = new ArrayList<>();
      for (Region r = start; r != null; r = r.parent().map(regions::get).orElse(null)) {
        path.add(r);
      }
      out.put(start.code(), List.copyOf(path));
    }
    return Map.copyOf(out);
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
