package io.github.tongban.core.model;

import java.util.List;
import java.util.Objects;

/**
 * The time limits (办结时限) of an item, in working days.
 *
 * @param statutory the limit the law sets (法定时限)
 * @param promised the limit the city promises (承诺时限), never longer than the statutory one
 * @param instant whether the item is decided on the spot (即办件), promising 0 days
 * @param excludedSteps special steps whose time does not count (特别程序), e.g. 公示
 */
public record TimeLimit(int statutory, int promised, boolean instant, List<String> excludedSteps) {
  public TimeLimit {
    excludedSteps = List.copyOf(excludedSteps);
    if (statutory < 0 || promised < 0) {
      throw new IllegalArgumentException("time limits must not be negative: statutory %d, promised %d".formatted(statutory, promised));
    }
    if (promised > statutory) {
      throw new IllegalArgumentException("promised limit %d exceeds statutory limit %d".formatted(promised, statutory));
    }
    if (instant && promised != 0) {
      throw new IllegalArgumentException("an instant item promises 0 days, not %d".formatted(promised));
    }
    Objects.requireNonNull(excludedSteps, "excludedSteps");
  }
}
