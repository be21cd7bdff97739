package io.github.tongban.rules.internal;

import java.util.HashMap;
import java.util.Map;

/**
 * Where a session's comparison rules record the truth of their leaves (the session's global
 * {@value #GLOBAL}); one per session, never shared between threads.
 */
final class Tally {
  static final String GLOBAL = "tally";

  private final Map<Integer, Boolean> leaves = new HashMap<>();

  void record(int leaf, boolean value) {
    leaves.put(leaf, value);
  }

  /** The truth each decided leaf reached, by node id. */
  Map<Integer, Boolean> leaves() {
    return leaves;
  }
}
