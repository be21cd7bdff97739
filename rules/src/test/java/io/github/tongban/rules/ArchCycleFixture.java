package io.github.tongban.rules;

import io.github.tongban.rules.internal.ArchCycleFixtureInternal;

/** A deliberate cycle between the API package and one under it, for {@link RulesArchitectureTests}: test code only. */
public final class ArchCycleFixture {
  ArchCycleFixtureInternal forward;

  /** Reached from under the API: closes the cycle. */
  public static final class Back {}
}
