package io.github.tongban.rules.internal;

/** The other half of the deliberate cycle of {@code ArchCycleFixture}: test code only. */
public final class ArchCycleFixtureInternal {
  Object back = io.github.tongban.rules.ArchCycleFixture.Back.class;
}
