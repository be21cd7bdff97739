package io.github.tongban.core.internal.logic;

import io.github.tongban.core.condition.FactType;
import io.github.tongban.core.condition.Value;
import io.github.tongban.core.model.FactDefinition;
import io.github.tongban.core.model.Region;
import io.github.tongban.core.model.RegionTree;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The possible answers of every variable some formulas read, one representative per class: two
 * answers are in the same class when every comparison of the formulas treats them alike. Booleans
 * and enums are their values; numbers and dates are cut by every literal and parameter value they
 * are compared with (each cut point, and one value in each interval between, within the fact's
 * bounds); text is each literal plus one other text; regions are one code per distinct outcome
 * over the tree, plus elsewhere (a well-formed code outside the tree). Whether a fact is given
 * ({@code known}) is yes or no.
 */
public final class AnswerSpace {
  /** The region code standing for "elsewhere" when the tree does not use it. */
  static final List<String> ELSEWHERE_CANDIDATES = List.of("000000", "999999", "000000000000");

  private final Map<Var, List<Value>> classes;

  private AnswerSpace(Map<Var, List<Value>> classes) {
    this.classes = classes;
  }

  /** The classes of every variable that {@code formulas} read. */
  public static AnswerSpace of(Collection<Formula> formulas, Function<String, Optional<FactDefinition>> facts, RegionTree regions) {
    Map<Var, List<Formula.Test>> tests = new LinkedHashMap<>();
    Set<Var> order = new LinkedHashSet<>();
    formulas.forEach(f -> collect(f, tests, order));
    Map<Var, List<Value>> out = new LinkedHashMap<>();
    for (Var var : order) {
      if (var.given()) {
        out.put(var, List.of(new Value.Bool(true), new Value.Bool(false)));
      } else {
        FactDefinition def = facts.apply(var.fact()).orElseThrow(() -> new IllegalArgumentException("unknown fact " + var.fact()));
        out.put(var, representatives(def, tests.get(var), regions));
      }
    }
    return new AnswerSpace(out);
  }

  /** The representatives of {@code var}'s classes; empty for a variable the formulas do not read. */
  public List<Value> classes(Var var) {
    return classes.getOrDefault(var, List.of());
  }

  /** Every fact read (by value or by {@code known}), in the order the formulas first read it. */
  public List<String> facts() {
    return classes.keySet().stream().map(Var::fact).distinct().toList();
  }

  /** Every variable read, in the order the formulas first read them. */
  public Set<Var> variables() {
    return classes.keySet();
  }

  private static void collect(Formula f, Map<Var, List<Formula.Test>> tests, Set<Var> order) {
    for (Formula leaf : Formula.leaves(f)) {
      if (leaf instanceof Formula.Test t) {
        tests.computeIfAbsent(t.var(), k -> new ArrayList<>()).add(t);
        order.add(t.var());
      } else {
        order.add(((Formula.Given) leaf).var());
      }
    }
  }

  private static List<Value> representatives(FactDefinition def, List<Formula.Test> leaves, RegionTree regions) {
    List<Value> candidates = switch (def.type()) {
      case BOOLEAN -> List.of(new Value.Bool(true), new Value.Bool(false));
      case ENUM -> def.allowedValues().stream().map(v -> (Value) new Value.Text(v)).toList();
      case TEXT -> text(leaves);
      case INTEGER, DECIMAL -> numbers(def, leaves);
      case DATE -> dates(leaves);
      case REGION -> regionCodes(leaves, regions);
    };
    // a set: a region fact has every code of the tree as a candidate
    Set<Value> admittedSet = new LinkedHashSet<>();
    for (Value v : candidates) {
      if (def.type() == FactType.REGION || def.admits(v)) {
        admittedSet.add(v);
      }
    }
    List<Value> admitted = new ArrayList<>(admittedSet);
    if (admitted.isEmpty()) {
      // a fact whose bounds admit none of the candidates (an integer fact bounded between two
      // whole numbers): it can take no answer the item distinguishes; keep one so it stays a variable
      admitted.add(candidates.get(0));
    }
    return deduplicateBySignature(admitted, leaves);
  }

  /** Keeps the first of each group of values that every leaf treats alike. */
  private static List<Value> deduplicateBySignature(List<Value> values, List<Formula.Test> leaves) {
    Set<List<Boolean>> seen = new HashSet<>();
    List<Value> out = new ArrayList<>();
    for (Value v : values) {
      List<Boolean> signature = leaves.stream().map(t -> t.test().test(v)).toList();
      if (seen.add(signature)) {
        out.add(v);
      }
    }
    return List.copyOf(out);
  }

  private static List<Value> text(List<Formula.Test> leaves) {
    Set<String> literals = new LinkedHashSet<>();
    leaves.forEach(t -> t.operands().forEach(v -> literals.add(((Value.Text) v).value())));
    List<Value> out = new ArrayList<>();
    literals.forEach(s -> out.add(new Value.Text(s)));
    String other = "其他";
    while (literals.contains(other)) {
      other = other + "·";
    }
    out.add(new Value.Text(other));
    return out;
  }

  private static List<Value> numbers(FactDefinition def, List<Formula.Test> leaves) {
    boolean integer = def.type() == FactType.INTEGER;
    TreeSet<BigDecimal> points = new TreeSet<>();
    leaves.forEach(t -> t.operands().forEach(v -> points.add(((Value.Number) v).value())));
    def.min().ifPresent(points::add);
    def.max().ifPresent(points::add);
    List<BigDecimal> sorted = new ArrayList<>(points);
    Set<BigDecimal> out = new LinkedHashSet<>();
    for (BigDecimal p : sorted) {
      if (integer) {
        out.add(p.setScale(0, RoundingMode.FLOOR));
        out.add(p.setScale(0, RoundingMode.CEILING));
      } else {
        out.add(p);
      }
    }
    for (int i = 0; i + 1 < sorted.size(); i++) {
      BigDecimal a = sorted.get(i);
      BigDecimal b = sorted.get(i + 1);
      out.add(integer ? a.setScale(0, RoundingMode.FLOOR).add(BigDecimal.ONE) : a.add(b).divide(BigDecimal.valueOf(2)));
    }
    if (!sorted.isEmpty()) {
      BigDecimal first = sorted.get(0);
      BigDecimal last = sorted.get(sorted.size() - 1);
      out.add((integer ? first.setScale(0, RoundingMode.FLOOR) : first).subtract(BigDecimal.ONE));
      out.add((integer ? last.setScale(0, RoundingMode.CEILING) : last).add(BigDecimal.ONE));
    } else {
      out.add(BigDecimal.ZERO);
    }
    return out.stream().sorted().map(d -> (Value) new Value.Number(d)).toList();
  }

  private static List<Value> dates(List<Formula.Test> leaves) {
    TreeSet<LocalDate> points = new TreeSet<>();
    leaves.forEach(t -> t.operands().forEach(v -> points.add(((Value.Date) v).value())));
    Set<LocalDate> out = new TreeSet<>();
    for (LocalDate d : points) {
      out.add(d);
      out.add(d.minusDays(1));
      out.add(d.plusDays(1));
    }
    if (out.isEmpty()) {
      out.add(LocalDate.of(2000, 1, 1));
    }
    return out.stream().map(d -> (Value) new Value.Date(d)).toList();
  }

  private static List<Value> regionCodes(List<Formula.Test> leaves, RegionTree regions) {
    List<String> codes = new ArrayList<>();
    leaves.forEach(t -> t.operands().forEach(v -> codes.add(((Value.Text) v).value())));
    // a place under a literal region that the tree does not list: inside it, but not equal to it
    List<String> literals = List.copyOf(codes);
    for (String literal : literals) {
      if (literal.length() == 6 || literal.length() == 9) {
        for (int n = 999; n > 0; n--) {
          String below = literal + "%03d".formatted(n);
          if (!regions.contains(below)) {
            codes.add(below);
            break;
          }
        }
      }
    }
    codes.addAll(regions.sortedCodes());
    Set<String> listed = new HashSet<>(codes);
    ELSEWHERE_CANDIDATES.stream().filter(c -> !regions.inCity(c) && !listed.contains(c)).findFirst().ifPresent(codes::add);
    return codes.stream().map(c -> (Value) new Value.Text(c)).toList();
  }
}
