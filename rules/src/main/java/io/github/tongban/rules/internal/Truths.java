package io.github.tongban.rules.internal;

import io.github.tongban.core.internal.logic.Tri;
import java.util.HashMap;
import java.util.Map;

/**
 * The truth of every node of an item's condition trees, from the truths its comparison rules
 * recorded: a leaf the rules did not decide is open; {@code all}, {@code any} and {@code not}
 * combine their children in Kleene's three-valued logic ({@code all} is false as soon as one child
 * is false, true when every child is; {@code any} the other way round). Computed once per node.
 */
public final class Truths {
  private final Map<Integer, Boolean> leaves;
  private final Map<Integer, Tri> nodes = new HashMap<>();

  Truths(Map<Integer, Boolean> leaves) {
    this.leaves = Map.copyOf(leaves);
  }

  /** The truth of {@code node}. */
  public Tri of(Node node) {
    Tri t = nodes.get(node.id());
    if (t == null) {
      t = compute(node);
      nodes.put(node.id(), t);
    }
    return t;
  }

  /** The leaves the rules decided, by node id. */
  public Map<Integer, Boolean> leaves() {
    return leaves;
  }

  private Tri compute(Node node) {
    if (node instanceof Node.Leaf || node instanceof Node.Known) {
      Boolean b = leaves.get(node.id());
      return b == null ? Tri.OPEN : Tri.of(b);
    }
    if (node instanceof Node.True) {
      return Tri.TRUE;
    }
    if (node instanceof Node.Not n) {
      Tri t = of(n.child());
      return t == Tri.OPEN ? Tri.OPEN : Tri.of(t == Tri.FALSE);
    }
    return combine(node, node instanceof Node.All ? Tri.FALSE : Tri.TRUE);
  }

  /** {@code dominant} decides as soon as one child has it; every child having the other value decides that. */
  private Tri combine(Node node, Tri dominant) {
    boolean open = false;
    for (Node child : node.children()) {
      Tri t = of(child);
      if (t == dominant) {
        return dominant;
      }
      open |= t == Tri.OPEN;
    }
    return open ? Tri.OPEN : dominant == Tri.FALSE ? Tri.TRUE : Tri.FALSE;
  }
}
