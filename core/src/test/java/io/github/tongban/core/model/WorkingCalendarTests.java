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

  @Test
  void theIndexedCountAgreesWithTheDayByDayWalk() {
    java.util.Random random = new java.util.Random(20261126L);
    for (int c = 0; c < 20; c++) {
      // a random calendar: a few years named, holidays and make-up days scattered over them
      int first = 2020 + random.nextInt(10);
      int years = 1 + random.nextInt(3);
      java.util.Map<LocalDate, String> holidays = new java.util.HashMap<>();
      java.util.Map<LocalDate, String> workdays = new java.util.HashMap<>();
      LocalDate start = LocalDate.of(first, 1, 1);
      for (int i = 0; i < 40 * years; i++) {
        LocalDate d = start.plusDays(random.nextInt(365 * years));
        if (d.getDayOfWeek().getValue() >= 6 && random.nextInt(3) == 0) {
          if (!holidays.containsKey(d)) {
            workdays.put(d, "调休上班");
          }
        } else if (!workdays.containsKey(d)) {
          holidays.put(d, "假日");
        }
      }
      Set<Integer> named = new java.util.HashSet<>();
      for (int y = first; y < first + years; y++) {
        named.add(y);
      }
      WorkingCalendar calendar = new WorkingCalendar(named, holidays, workdays);
      for (int i = 0; i < 2_000; i++) {
        // from well before the index to well after it, counts that run off its end included
        LocalDate accepted = start.minusDays(800).plusDays(random.nextInt(365 * (years + 6)));
        int days = random.nextInt(10) == 0 ? random.nextInt(2_000) : random.nextInt(80);
        assertThat(calendar.addWorkingDays(accepted, days)).as("%s + %d working days on %s", accepted, days, calendar)
            .isEqualTo(walk(calendar, accepted, days));
        assertThat(calendar.nextWorkingDay(accepted)).isEqualTo(walk(calendar, accepted, 1));
        LocalDate onOrAfter = calendar.isWorkingDay(accepted) ? accepted : walk(calendar, accepted, 1);
        assertThat(calendar.workingDayOnOrAfter(accepted)).isEqualTo(onOrAfter);
      }
    }
    assertThat(WorkingCalendar.weekendsOnly().addWorkingDays(LocalDate.of(2026, 11, 27), 3))
        .as("a calendar that names no year walks").isEqualTo(LocalDate.of(2026, 12, 2));
  }

  /** The reference: the day-by-day walk the index replaces. */
  private static LocalDate walk(WorkingCalendar calendar, LocalDate accepted, int workingDays) {
    LocalDate day = accepted;
    for (int left = workingDays; left > 0; ) {
      day = day.plusDays(1);
      if (calendar.isWorkingDay(day)) {
        left--;
      }
    }
    return day;
  }
}
