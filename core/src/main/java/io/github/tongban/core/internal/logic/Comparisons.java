package io.github.tongban.core.internal.logic;

import io.github.tongban.core.condition.Operator;
import io.github.tongban.core.condition.Value;
import io.github.tongban.core.model.RegionTree;
import java.util.List;

/**
 * What a comparison leaf means: the operators applied to typed values, nothing more. The one
 * place this is written; the engine's rules and the settlement both call it.
 */
public final class Comparisons {
  private Comparisons() {}

  /** Whether {@code actual op expected} holds; both are of the same value family (the loader checked). */
  public static boolean test(Operator op, Value actual, Value expected) {
    return switch (op) {
      case EQ -> actual.equals(expected);
      case NE -> !actual.equals(expected);
      case LT -> order(actual, expected) < 0;
      case LE -> order(actual, expected) <= 0;
      case GT -> order(actual, expected) > 0;
      case GE -> order(actual, expected) >= 0;
      default -> throw new IllegalArgumentException("operator %s takes a list or a region, not one value".formatted(op.yamlName()));
    };
  }

  /** Whether {@code actual} is ({@code in}) or is not ({@code notIn}) one of {@code values}. */
  public static boolean testList(Operator op, Value actual, List<Value> values) {
    boolean member = values.stream().anyMatch(actual::equals);
    return op == Operator.IN ? member : !member;
  }

  /**
   * Whether the region {@code actual} lies inside {@code region} (or is it). A well-formed code
   * outside the tree (elsewhere) lies inside no region of the tree.
   */
  public static boolean within(RegionTree regions, Value actual, String region) {
    return actual instanceof Value.Text t && regions.isWithin(t.value(), region);
  }

  private static int order(Value a, Value b) {
    if (a instanceof Value.Number x && b instanceof Value.Number y) {
      return x.value().compareTo(y.value());
    }
    if (a instanceof Value.Date x && b instanceof Value.Date y) {
      return x.value().compareTo(y.value());
    }
    throw new IllegalArgumentException("values %s and %s cannot be ordered".formatted(a, b));
  }
}
