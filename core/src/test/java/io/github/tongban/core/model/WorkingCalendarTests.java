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

  @ParameterizedTest(name = "after {0} comes {1}")
  @CsvSource({
      "2026-02-12, 2026-02-13",  // Thursday, then Friday
      "2026-02-13, 2026-02-14",  // Friday, then the make-up Saturday
      "2026-02-14, 2026-02-24",  // the make-up Saturday, then past the whole festival
      "2026-02-16, 2026-02-24",  // from inside the festival
      "2026-09-30, 2026-10-08",  // the golden week is skipped
      "2026-11-27, 2026-11-30",  // an ordinary weekend
      "2026-11-30, 2026-12-01",  // an ordinary Monday
  })
  void theNextWorkingDayIsStrictlyAfter(LocalDate date, LocalDate next) {
    assertThat(CAL.nextWorkingDay(date)).isEqualTo(next);
  }

  @ParameterizedTest(name = "on or after {0} comes {1}")
  @CsvSource({
      "2026-02-12, 2026-02-12",  // a working Thursday is itself
      "2026-02-14, 2026-02-14",  // so is a make-up Saturday
      "2026-02-15, 2026-02-24",  // a festival Sunday is not
      "2026-02-23, 2026-02-24",  // nor the festival's last day, a Monday
      "2026-11-28, 2026-11-30",  // an ordinary Saturday
  })
  void theWorkingDayOnOrAfterIsTheDayItselfWhenItIsOne(LocalDate date, LocalDate on) {
    assertThat(CAL.workingDayOnOrAfter(date)).isEqualTo(on);
  }

  @Test
  void coversEveryYearOfAPeriodOrNotAtAll() {
    WorkingCalendar withoutTheMiddle = new WorkingCalendar(Set.of(2026, 2028), Map.of(), Map.of());
    LocalDate from = LocalDate.of(2026, 12, 20);
    LocalDate to = LocalDate.of(2028, 1, 5);
    assertThat(withoutTheMiddle.coversEvery(from, to)).as("2027 is unknown").isFalse();
    assertThat(new WorkingCalendar(Set.of(2026, 2027, 2028), Map.of(), Map.of()).coversEvery(from, to)).isTrue();
    assertThat(withoutTheMiddle.coversEvery(from, LocalDate.of(2026, 12, 31))).as("within one known year").isTrue();
    assertThat(withoutTheMiddle.coversEvery(from, from)).as("a single day").isTrue();
    assertThat(CAL.coversEvery(LocalDate.of(2026, 12, 30), LocalDate.of(2027, 1, 4))).as("into a year not yet published").isFalse();
    assertThat(WorkingCalendar.weekendsOnly().coversEvery(from, from)).isFalse();
  }

  @Test
  void aReversedPeriodIsRefused() {
    assertThatThrownBy(() -> CAL.coversEvery(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 1, 31)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2026-01-31").hasMessageContaining("2026-02-01");
  }
}
