package io.github.tongban.core.internal.logic;

import java.util.Objects;

/**
 * A variable of the settlement: the value of fact {@code fact}, or (when {@code given}) whether
 * the applicant has stated it at all, which is what {@code known: fact} tests. The two are
 * separate: {@code known: f} holds only once f is actually given, never because every possible
 * answer would satisfy it.
 */
public record Var(String fact, boolean given) {
  public Var {
    Objects.requireNonNull(fact, "fact");
  }

  public static Var value(String fact) {
    return new Var(fact, false);
  }

  public static Var givenFlag(String fact) {
    return new Var(fact, true);
  }
}
