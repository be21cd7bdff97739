package io.github.tongban.core.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/** The region tree: the city, its county-level divisions, townships and villages, each a service point. */
public final class RegionTree {
  private final String root;
  private final Map<String, Region> regions;
  /** Each region's path to the root, nearest first: the tree is asked for it on every decision. */
  private final Map<String, List<Region>> paths;
  /** Each region's place in the tree (depth, ancestors, ancestors by level, children), computed once. */
  private final Map<String, Node> nodes;
  /** Whether every region lies under the root: then any two regions have a common ancestor. */
  private final boolean connected;
  /** {@link #sortedCodes}, once computed (a benign race: every thread computes the same list). */
  private volatile List<String> sortedCodes;

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
    this.nodes = nodes(this.regions, this.paths);
    this.connected = this.nodes.values().stream().allMatch(n -> n.top.region.code().equals(root));
    Objects.requireNonNull(root, "root");
  }

  /** A region's place in the tree, by identity: its parent, children, ancestors by depth and by level. */
  private static final class Node {
    final Region region;
    Node parent;
    Node[] children = new Node[0];
    /** Its ancestors by depth, from the top of its tree (index 0) to itself (index {@code depth}). */
    Node[] ancestors;
    int depth;
    Node top;
    /** The nearest region at each level (by ordinal) among itself and its ancestors, or null. */
    final Region[] atLevel = new Region[RegionLevel.values().length];
    /** Itself and every region under it, by depth then by code: computed when first asked for. */
    volatile Node[] subtree;

    Node(Region region) {
      this.region = region;
    }

    boolean within(Node ancestor) {
      return ancestor.top == top && ancestor.depth <= depth && ancestors[ancestor.depth] == ancestor;
    }
  }

  private static Map<String, Node> nodes(Map<String, Region> regions, Map<String, List<Region>> paths) {
    Map<String, Node> out = new HashMap<>();
    regions.values().forEach(r -> out.put(r.code(), new Node(r)));
    Map<Node, List<Node>> children = new HashMap<>();
    for (Node n : out.values()) {
      // the path to the root, nearest first: reversed, the ancestors by depth
      List<Region> path = paths.get(n.region.code());
      n.depth = path.size() - 1;
      n.ancestors = new Node[path.size()];
      for (int i = 0; i < path.size(); i++) {
        Node a = out.get(path.get(i).code());
        n.ancestors[n.depth - i] = a;
        if (n.atLevel[a.region.level().ordinal()] == null) {
          n.atLevel[a.region.level().ordinal()] = a.region;
        }
      }
      n.top = n.ancestors[0];
      n.parent = n.depth == 0 ? null : n.ancestors[n.depth - 1];
      if (n.parent != null) {
        children.computeIfAbsent(n.parent, k -> new ArrayList<>()).add(n);
      }
    }
    children.forEach((parent, list) -> parent.children = list.toArray(new Node[0]));
    return Map.copyOf(out);
  }

  /** The node of the region a code lies in (see {@link #locate}), or null when it is elsewhere. */
  private Node node(String code) {
    Node n = nodes.get(code);
    if (n != null || !isWellFormedCode(code)) {
      return n;
    }
    return locate(code).map(r -> nodes.get(r.code())).orElse(null);
  }

  private static Node[] subtree(Node w) {
    Node[] known = w.subtree;
    if (known == null) {
      List<Node> all = new ArrayList<>();
      all.add(w);
      for (int i = 0; i < all.size(); i++) {
        all.addAll(List.of(all.get(i).children));
      }
      all.sort(java.util.Comparator.comparingInt((Node n) -> n.depth).thenComparing(n -> n.region.code()));
      known = all.toArray(new Node[0]);
      w.subtree = known;
    }
    return known;
  }

  /**
   * Whether {@code code} is a well-formed administrative division code: 6 digits (county level,
   * GB/T 2260), 9 digits (township) or 12 digits (village, statistical division codes). A
   * well-formed code need not be in the tree: a code outside it is elsewhere, outside the city.
   */
  public static boolean isWellFormedCode(String code) {
    int n = code.length();
    if (n != 6 && n != 9 && n != 12) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      char c = code.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
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

  /** Every region's code, in code order; computed once. */
  public List<String> sortedCodes() {
    List<String> codes = sortedCodes;
    if (codes == null) {
      codes = regions.keySet().stream().sorted().toList();
      sortedCodes = codes;
    }
    return codes;
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
    Node a = nodes.get(ancestor);
    if (a == null) {
      return false;
    }
    Node n = node(code);
    return n != null && n.within(a);
  }

  /** The region at {@code level} that contains {@code code}, if there is one (the nearest, should levels repeat). */
  public Optional<Region> ancestorAt(String code, RegionLevel level) {
    Node n = node(code);
    return n == null ? Optional.empty() : Optional.ofNullable(n.atLevel[level.ordinal()]);
  }

  /**
   * Steps between the regions two codes lie in (see {@link #locate}) through their nearest common
   * ancestor; {@code Integer.MAX_VALUE / 2} when they have none (one is elsewhere).
   */
  public int distance(String a, String b) {
    Node x = node(a);
    Node y = node(b);
    return x == null || y == null ? Integer.MAX_VALUE / 2 : distance(x, y);
  }

  private static int distance(Node x, Node y) {
    if (x.top != y.top) {
      return Integer.MAX_VALUE / 2;
    }
    int d = Math.min(x.depth, y.depth);
    while (x.ancestors[d] != y.ancestors[d]) {
      d--;
    }
    return x.depth - d + y.depth - d;
  }

  /**
   * At most {@code limit} regions that pass {@code test}, nearest to the region {@code from} lies in
   * first (by {@link #distance}), those as near by code; only the region {@code within} and the
   * regions under it are looked at, every region when {@code within} is empty. Only the regions near
   * enough are tested.
   */
  public List<Region> nearest(String from, Optional<String> within, Predicate<Region> test, int limit) {
    Node w = within.map(code -> {
      Node n = nodes.get(code);
      if (n == null) {
        throw new IllegalArgumentException("region %s is not in the tree".formatted(code));
      }
      return n;
    }).orElse(null);
    Node f = node(from);
    if (f == null || (w == null && !connected) || (w != null && f.top != w.top)) {
      // no common ancestor with some of the regions: each by its distance, the long way
      List<Node> domain = w == null ? List.copyOf(nodes.values()) : List.of(subtree(w));
      return domain.stream().map(n -> n.region).filter(test)
          .sorted(java.util.Comparator.comparingInt((Region r) -> distance(from, r.code())).thenComparing(Region::code))
          .limit(limit).toList();
    }
    List<Region> out = new ArrayList<>();
    if (w != null && !f.within(w)) {
      // from outside: every path to a region under w passes through w, so by depth then by code
      for (Node n : subtree(w)) {
        if (out.size() == limit) {
          break;
        }
        if (test.test(n.region)) {
          out.add(n.region);
        }
      }
      return List.copyOf(out);
    }
    // from inside: outwards from it, one step at a time, never beyond w
    List<Node> layer = new ArrayList<>(List.of(f));
    List<Node> came = new ArrayList<>();
    came.add(null);
    List<Region> hits = new ArrayList<>();
    while (!layer.isEmpty() && out.size() < limit) {
      hits.clear();
      List<Node> next = new ArrayList<>();
      List<Node> nextCame = new ArrayList<>();
      for (int i = 0; i < layer.size(); i++) {
        Node n = layer.get(i);
        Node prev = came.get(i);
        if (test.test(n.region)) {
          hits.add(n.region);
        }
        if (n != w && n.parent != null && n.parent != prev) {
          next.add(n.parent);
          nextCame.add(n);
        }
        for (Node c : n.children) {
          if (c != prev) {
            next.add(c);
            nextCame.add(n);
          }
        }
      }
      if (hits.size() > 1) {
        hits.sort(java.util.Comparator.comparing(Region::code));
      }
      for (int i = 0; i < hits.size() && out.size() < limit; i++) {
        out.add(hits.get(i));
      }
      layer = next;
      came = nextCame;
    }
    return List.copyOf(out);
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
