package io.github.tongban.present;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.tongban.core.model.Region;
import io.github.tongban.core.model.RegionLevel;
import io.github.tongban.core.model.RegionTree;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A search of the region tree by name, for the pickers of a region and of a service point: every
 * region whose name, service point, enclosing regions or code match the query, with its path of
 * names from the county down (金川区 › 滨河路街道 › 滨河路第1社区), best matches first.
 *
 * <p>Each word of the query must match: a word of digits matches the start of the code, any other
 * word a part of the region's name, of its service point's name or of the name of a region it lies
 * in ({@code 永昌 城关} finds the villages of 城关镇 in 永昌县). A region whose own name equals a word
 * comes first, then one whose name starts with it, then one whose name contains it, then the rest;
 * within each, higher levels before lower ones, and then the tree's order.
 */
public final class RegionSearch {
  /** How many matches a search returns unless told otherwise. */
  public static final int DEFAULT_LIMIT = 20;
  /** The most matches a search returns. */
  public static final int MAX_LIMIT = 100;
  /** The longest query read; the rest is ignored. */
  public static final int MAX_QUERY = 100;

  private static final Texts TEXTS = Texts.of("web");

  /**
   * A region found, with the names of the regions it lies in.
   *
   * @param code the region code
   * @param name the region's name
   * @param level its level
   * @param servicePoint the name of its service point
   * @param path the names from the county-level division down to the region itself (only the
   *     city's own name for the city)
   */
  public record Match(String code, String name, RegionLevel level, String servicePoint, List<String> path) {
    public Match {
      Objects.requireNonNull(code, "code");
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(level, "level");
      Objects.requireNonNull(servicePoint, "servicePoint");
      path = List.copyOf(path);
    }

    /** The path as one line, the names joined by {@code ›}. */
    public String pathText() {
      return String.join(" › ", path);
    }
  }

  /**
   * What a search found.
   *
   * @param query the query as read (neutralised, trimmed, at most {@link #MAX_QUERY} characters)
   * @param total how many regions match in all
   * @param matches the best of them, at most the limit asked for
   */
  public record Result(String query, int total, List<Match> matches) {
    public Result {
      Objects.requireNonNull(query, "query");
      matches = List.copyOf(matches);
    }
  }

  /** A region in the tree's order, with what a query is matched against. */
  private record Entry(int order, Region region, List<Region> fromRoot, String haystack) {}

  private final List<Entry> entries;

  private RegionSearch(List<Entry> entries) {
    this.entries = entries;
  }

  /** A search over {@code tree}; build it once per catalogue. */
  public static RegionSearch of(RegionTree tree) {
    List<Entry> entries = new ArrayList<>();
    Deque<List<Region>> todo = new ArrayDeque<>();
    todo.push(List.of(tree.root()));
    while (!todo.isEmpty()) {
      List<Region> fromRoot = todo.pop();
      Region r = fromRoot.get(fromRoot.size() - 1);
      StringBuilder haystack = new StringBuilder(fold(r.servicePoint()));
      fromRoot.forEach(a -> haystack.append('\u0000').append(fold(a.name())));
      entries.add(new Entry(entries.size(), r, fromRoot, haystack.toString()));
      List<String> children = r.children();
      for (int i = children.size() - 1; i >= 0; i--) {
        tree.region(children.get(i)).ifPresent(child -> {
          List<Region> longer = new ArrayList<>(fromRoot);
          longer.add(child);
          todo.push(List.copyOf(longer));
        });
      }
    }
    return new RegionSearch(List.copyOf(entries));
  }

  /** The regions matching {@code query}, at most {@code limit} (1 to {@link #MAX_LIMIT}); an empty query lists the tree from the top. */
  public Result find(String query, int limit) {
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new IllegalArgumentException("limit %d is not between 1 and %d".formatted(limit, MAX_LIMIT));
    }
    String read = SafeText.line(query == null ? "" : query).strip();
    if (read.length() > MAX_QUERY) {
      read = read.substring(0, MAX_QUERY);
    }
    List<String> words = List.of(fold(read).split("[\\s›>/,,、]+")).stream().filter(w -> !w.isEmpty()).toList();
    record Hit(Entry entry, int rank) {}
    List<Hit> hits = new ArrayList<>();
    for (Entry e : entries) {
      if (words.stream().allMatch(w -> matches(e, w))) {
        hits.add(new Hit(e, rank(e, words)));
      }
    }
    hits.sort(Comparator.comparingInt(Hit::rank).thenComparingInt(h -> h.entry().fromRoot().size()).thenComparingInt(h -> h.entry().order()));
    List<Match> best = hits.stream().limit(limit).map(h -> match(h.entry())).toList();
    return new Result(read, hits.size(), best);
  }

  private static boolean matches(Entry e, String word) {
    if (isDigits(word) && e.region().code().startsWith(word)) {
      return true;
    }
    return e.haystack().contains(word);
  }

  /** 0: a word is the region's name or code; 1: the name starts with a word; 2: contains one; 3: only the rest matches. */
  private static int rank(Entry e, List<String> words) {
    String name = fold(e.region().name());
    int rank = 3;
    for (String w : words) {
      if (name.equals(w) || e.region().code().equals(w)) {
        rank = 0;
      } else if (name.startsWith(w)) {
        rank = Math.min(rank, 1);
      } else if (name.contains(w)) {
        rank = Math.min(rank, 2);
      }
    }
    return rank;
  }

  private static Match match(Entry e) {
    Region r = e.region();
    List<Region> shown = e.fromRoot().size() == 1 ? e.fromRoot() : e.fromRoot().subList(1, e.fromRoot().size());
    return new Match(r.code(), SafeText.line(r.name()), r.level(), SafeText.line(r.servicePoint()),
        shown.stream().map(a -> SafeText.line(a.name())).toList());
  }

  private static boolean isDigits(String word) {
    return word.chars().allMatch(c -> c >= '0' && c <= '9');
  }

  private static String fold(String text) {
    return SafeText.line(text).toLowerCase(Locale.ROOT);
  }

  /**
   * The result as JSON for a picker: {@code {query, total, regions: [{code, name, level (the constant
   * name, e.g. TOWNSHIP, as items and decisions spell it),
   * levelName, servicePoint, path, pathText}]}}, the level's name in {@code language}.
   */
  public static ObjectNode json(Result result, Language language) {
    ObjectNode root = Json.mapper().createObjectNode().put("query", result.query()).put("total", result.total());
    ArrayNode list = root.putArray("regions");
    for (Match m : result.matches()) {
      ObjectNode n = list.addObject().put("code", m.code()).put("name", m.name()).put("level", m.level().name())
          .put("levelName", levelName(m.level(), language)).put("servicePoint", m.servicePoint());
      m.path().forEach(n.putArray("path")::add);
      n.put("pathText", m.pathText());
    }
    return root;
  }

  /** The name of a region level in {@code language}, e.g. 县级 or county level. */
  public static String levelName(RegionLevel level, Language language) {
    return Labels.of(level, language);
  }
}
