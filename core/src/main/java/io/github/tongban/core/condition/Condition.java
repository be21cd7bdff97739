package io.github.tongban.core.condition;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A condition as a typed tree: {@link All}, {@link Any} and {@link Not} combine, {@link Compare}
 * and {@link Known} test one fact. Every node may carry its human wording and the id of the legal
 * basis it rests on. Nothing in a condition is ever turned into source code.
 */
public sealed interface Condition {
  /** The human wording of this condition, e.g. 年满16周岁. */
  Optional<String> text();

  /** The id of the item's legal basis this condition cites. */
  Optional<String> basis();

  /** How deep the tree is: a leaf is 1. */
  int depth();

  /** How many leaves the tree has. */
  int leafCount();

  /** The comparisons and {@code known} tests of the tree, in the order it is written. */
  default List<Condition> leaves() {
    java.util.ArrayList<Condition> out = new java.util.ArrayList<>();
    java.util.ArrayDeque<Condition> todo = new java.util.ArrayDeque<>();
    todo.push(this);
    while (!todo.isEmpty()) {
      Condition c = todo.pop();
      List<Condition> below = c instanceof All a ? a.children() : c instanceof Any a ? a.children()
          : c instanceof Not n ? List.of(n.child()) : List.of();
      if (below.isEmpty()) {
        out.add(c);
      }
      for (int i = below.size() - 1; i >= 0; i--) {
        todo.push(below.get(i));
      }
    }
    return List.copyOf(out);
  }

  /** True when every child is true. */
  record All(List<Condition> children, Optional<String> text, Optional<String> basis) implements Condition {
    public All {
      children = List.copyOf(children);
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(basis, "basis");
      if (children.isEmpty()) {
        throw new IllegalArgumentException("all needs at least one child");
      }
    }

    @Override
    public int depth() {
      return 1 + children.stream().mapToInt(Condition::depth).max().orElse(0);
    }

    @Override
    public int leafCount() {
      return children.stream().mapToInt(Condition::leafCount).sum();
    }
  }

  /** True when at least one child is true. */
  record Any(List<Condition> children, Optional<String> text, Optional<String> basis) implements Condition {
    public Any {
      children = List.copyOf(children);
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(basis, "basis");
      if (children.isEmpty()) {
        throw new IllegalArgumentException("any needs at least one child");
      }
    }

    @Override
    public int depth() {
      return 1 + children.stream().mapToInt(Condition::depth).max().orElse(0);
    }

    @Override
    public int leafCount() {
      return children.stream().mapToInt(Condition::leafCount).sum();
    }
  }

  /** True when the child is false. */
  record Not(Condition child, Optional<String> text, Optional<String> basis) implements Condition {
    public Not {
      Objects.requireNonNull(child, "child");
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(basis, "basis");
    }

    @Override
    public int depth() {
      return 1 + child.depth();
    }

    @Override
    public int leafCount() {
      return child.leafCount();
    }
  }

  /** Compares a fact with a literal, a list, a parameter or a region. */
  record Compare(String fact, Operator operator, Operand operand, Optional<String> text, Optional<String> basis)
      implements Condition {
    public Compare {
      Objects.requireNonNull(fact, "fact");
      Objects.requireNonNull(operator, "operator");
      Objects.requireNonNull(operand, "operand");
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(basis, "basis");
      boolean list = operand instanceof Operand.ListOf;
      if (list != operator.takesList()) {
        throw new IllegalArgumentException("operator %s does not take operand %s".formatted(operator.yamlName(), operand));
      }
      if ((operator == Operator.WITHIN) != (operand instanceof Operand.RegionRef)) {
        throw new IllegalArgumentException("operator %s does not take operand %s".formatted(operator.yamlName(), operand));
      }
    }

    @Override
    public int depth() {
      return 1;
    }

    @Override
    public int leafCount() {
      return 1;
    }
  }

  /** True when the fact has a value. */
  record Known(String fact, Optional<String> text, Optional<String> basis) implements Condition {
    public Known {
      Objects.requireNonNull(fact, "fact");
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(basis, "basis");
    }

    @Override
    public int depth() {
      return 1;
    }

    @Override
    public int leafCount() {
      return 1;
    }
  }
}
