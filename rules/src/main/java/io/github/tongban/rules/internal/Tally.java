package io.github.tongban.rules.internal;

import java.util.HashMap;
import java.util.Map;

/**
 * Where a session's comparison rules record the truth of their leaves, per subject (the
 * application, or the resident of a screening batch): the session's global {@value #GLOBAL}. One
 * per session, never shared between threads.
 */
final class Tally {
  static final String GLOBAL = "tally";

  private final Map<Integer, Map<Integer, Boolean>> leaves = new HashMap<>();

  void record(int subject, int leaf, boolean value) {
    leaves.computeIfAbsent(subject, s -> new HashMap<>()).put(leaf, value);
  }

  /** The truth each decided leaf reached for {@code subject}, by node id. */
  Map<Integer, Boolean> leaves(int subject) {
    return leaves.getOrDefault(subject, Map.of());
  }
}
