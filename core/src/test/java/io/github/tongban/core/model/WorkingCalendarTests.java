package io.github.tongban.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class WorkingCalendarTests {
  /** The 2026 arrangement around the Spring Festival and National Day. */
  private static final WorkingCalendar CAL = new WorkingCalendar(Set.of(2026),
      Map.ofEntries(
          Map.entry(LocalDate.of(2026, 2, 15), "春节"), Map.entry(LocalDate.of(2026, 2, 16), "春节"),
          Map.entry(LocalDate.of(2026, 2, 17), "春节"), Map.entry(LocalDate.of(2026, 2, 18), "春节"),
          Map.entry(LocalDate.of(2026, 2, 19), "春节"), Map.entry(LocalDate.of(2026, 2, 20), "春节"),
          Map.entry(LocalDate.of(2026, 2, 21), "春节"), Map.entry(LocalDate.of(2026, 2, 22), "春节"),
          Map.entry(LocalDate.of(2026, 2, 23), "春节"),
          Map.entry(LocalDate.of(2026, 10, 1), "国庆节"), Map.entry(LocalDate.of(2026, 10, 2), "国庆节"),
          Map.entry(LocalDate.of(2026, 10, 3), "国庆节"), Map.entry(LocalDate.of(2026, 10, 4), "国庆节"),
          Map.entry(LocalDate.of(2026, 10, 5), "国庆节"), Map.entry(LocalDate.of(2026, 10, 6), "国庆节"),
          Map.entry(LocalDate.of(2026, 10, 7), "国庆节")),
      Map.of(LocalDate.of(2026, 2, 14), "春节调休", LocalDate.of(2026, 2, 28), "春节调休",
          LocalDate.of(2026, 9, 20), "国庆调休", LocalDate.of(2026, 10, 10), "国庆调休"));

  @ParameterizedTest(name = "{0} + {1} working days = {2}")
  @CsvSource({
      "2026-02-12, 0, 2026-02-12",  // instant: due the same day
      "2026-02-12, 1, 2026-02-13",  // Friday
      "2026-02-12, 2, 2026-02-14",  // make-up Saturday counts
      "2026-02-12, 3, 2026-02-24",  // the whole festival is skipped
      "2026-02-26, 2, 2026-02-28",  // make-up Saturday at the end of February
      "2026-09-18, 1, 2026-09-20",  // make-up Sunday before National Day
      "2026-09-30, 1, 2026-10-08",  // the golden week is skipped
      "2026-09-30, 2, 2026-10-09",
      "2026-09-30, 3, 2026-10-10",  // make-up Saturday after it
      "2026-11-27, 1, 2026-11-30",  // an ordinary weekend
  })
  void dueDatesCountWorkingDaysFromTheDayAfterAcceptance(LocalDate accepted, int days, LocalDate due) {
    assertThat(CAL.addWorkingDays(accepted, days)).isEqualTo(due);
  }

  @Test
  void aDayCannotBeBothHolidayAndWorkday() {
    LocalDate d = LocalDate.of(2026, 1, 1);
    assertThatThrownBy(() -> new WorkingCalendar(Set.of(2026), Map.of(d, "元旦"), Map.of(d, "x")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2026-01-01");
  }

  @Test
  void coverageIsByYear() {
    assertThat(CAL.covers(LocalDate.of(2026, 6, 1))).isTrue();
    assertThat(CAL.covers(LocalDate.of(2027, 6, 1))).isFalse();
  }
}
