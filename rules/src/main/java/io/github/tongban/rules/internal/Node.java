package io.github.tongban.rules.internal;

import io.github.tongban.core.condition.Condition;
import java.util.List;
import java.util.Optional;

/**
 * A node of a compiled condition tree. Its leaves ({@link Leaf}, {@link Known}) are decided by
 * rules; {@link Truths} combines them.
 */
public sealed interface Node {
  /** The node's id, unique in its shard (one KieBase): ids count from zero in each shard. */
  int id();

  /** The catalogue condition it stands for; empty for nodes the engine adds. */
  Optional<Condition> source();

  /** Where it is in the item, e.g. {@code 620300-MZ-002@2025-01-01/conditions/1}: its rules are named after it. */
  String path();

  /** The node's children, in order; none for a leaf. */
  default List<Node> children() {
    return List.of();
  }

  /** True when every child is true. */
  record All(int id, List<Node> children, Optional<Condition> source, String path) implements Node {}

  /** True when at least one child is true. */
  record Any(int id, List<Node> children, Optional<Condition> source, String path) implements Node {}

  /** True when its child is false. */
  record Not(int id, Node child, Optional<Condition> source, String path) implements Node {
    @Override
    public List<Node> children() {
      return List.of(child);
    }
  }

  /** A comparison of a fact with a literal, a list, a region or a parameter. */
  record Leaf(int id, Condition.Compare compare, String path) implements Node {
    @Override
    public Optional<Condition> source() {
      return Optional.of(compare);
    }
  }

  /** {@code known: f}: true once the fact is known, open until then. */
  record Known(int id, Condition.Known known, String path) implements Node {
    @Override
    public Optional<Condition> source() {
      return Optional.of(known);
    }
  }

  /** True for every application: the condition of a scenario that has none. */
  record True(int id, String path) implements Node {
    @Override
    public Optional<Condition> source() {
      return Optional.empty();
    }
  }
}
