package io.github.tongban.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tongban.core.condition.Condition;
import io.github.tongban.core.internal.logic.Tri;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Kleene's three-valued logic over a node tree, from the truths the comparison rules recorded. */
class TruthsTests {
  private static final Node A = new Node.Known(1, new Condition.Known("a", Optional.empty(), Optional.empty()), "i/a");
  private static final Node B = new Node.Known(2, new Condition.Known("b", Optional.empty(), Optional.empty()), "i/b");

  @ParameterizedTest(name = "a={0} b={1}: all {2}, any {3}, not a {4}")
  @CsvSource({
      "TRUE, TRUE, TRUE, TRUE, FALSE",
      "TRUE, FALSE, FALSE, TRUE, FALSE",
      "TRUE, OPEN, OPEN, TRUE, FALSE",
      "FALSE, FALSE, FALSE, FALSE, TRUE",
      "FALSE, OPEN, FALSE, OPEN, TRUE",
      "OPEN, OPEN, OPEN, OPEN, OPEN",
      "OPEN, TRUE, OPEN, TRUE, OPEN",
      "OPEN, FALSE, FALSE, OPEN, OPEN"})
  void kleene(Tri a, Tri b, Tri all, Tri any, Tri notA) {
    Map<Integer, Boolean> leaves = new HashMap<>();
    if (a.settled()) {
      leaves.put(1, a == Tri.TRUE);
    }
    if (b.settled()) {
      leaves.put(2, b == Tri.TRUE);
    }
    Truths truths = new Truths(leaves);
    assertThat(truths.of(A)).isEqualTo(a);
    assertThat(truths.of(new Node.All(3, List.of(A, B), Optional.empty(), "i/all"))).isEqualTo(all);
    assertThat(truths.of(new Node.Any(4, List.of(A, B), Optional.empty(), "i/any"))).isEqualTo(any);
    assertThat(truths.of(new Node.Not(5, A, Optional.empty(), "i/not"))).isEqualTo(notA);
    assertThat(truths.of(new Node.True(6, "i/true"))).isEqualTo(Tri.TRUE);
  }
}
