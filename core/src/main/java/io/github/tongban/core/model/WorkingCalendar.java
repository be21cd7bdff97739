package io.github.tongban.core.model;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The working-day calendar: Monday to Friday are working days, except public holidays; make-up
 * working days (调休上班) on a weekend are working days. Time limits count working days starting
 * the working day after acceptance.
 */
public final class WorkingCalendar {
  private final Set<Integer> years;
  private final Map<LocalDate, String> holidays;
  private final Map<LocalDate, String> makeUpWorkdays;
  /** The widest span of named years indexed; a calendar naming years further apart walks (no real one does). */
  static final int MAX_INDEXED_YEARS = 200;
  /** The epoch day the index starts on. */
  private final long indexFrom;
  /** The working days of the index, ascending, as days after {@link #indexFrom}; empty when the calendar names no year. */
  private final int[] indexed;

  /**
   * A calendar covering the given years.
   *
   * @param years the years whose holidays are known
   * @param holidays the public holidays, each with its name
   * @param makeUpWorkdays the weekend days that are working days, each with its name
   */
  public WorkingCalendar(Set<Integer> years, Map<LocalDate, String> holidays, Map<LocalDate, String> makeUpWorkdays) {
    this.years = Set.copyOf(new TreeSet<>(years));
    this.holidays = Map.copyOf(holidays);
    this.makeUpWorkdays = Map.copyOf(makeUpWorkdays);
    for (LocalDate d : this.holidays.keySet()) {
      if (this.makeUpWorkdays.containsKey(d)) {
        throw new IllegalArgumentException("%s is both a holiday and a make-up working day".formatted(d));
      }
    }
    Objects.requireNonNull(years, "years");
    java.util.IntSummaryStatistics named = java.util.stream.Stream.of(this.years.stream(),
            this.holidays.keySet().stream().map(LocalDate::getYear), this.makeUpWorkdays.keySet().stream().map(LocalDate::getYear))
        .flatMap(x -> x).mapToInt(Integer::intValue).summaryStatistics();
    if (named.getCount() == 0 || named.getMax() - named.getMin() > MAX_INDEXED_YEARS) {
      this.indexFrom = 0;
      this.indexed = new int[0];
    } else {
      LocalDate from = LocalDate.of(named.getMin() - 1, 1, 1);
      LocalDate to = LocalDate.of(named.getMax() + 2, 12, 31);
      int[] days = new int[(int) (to.toEpochDay() - from.toEpochDay() + 1)];
      int n = 0;
      for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
        if (isWorkingDay(d)) {
          days[n++] = (int) (d.toEpochDay() - from.toEpochDay());
        }
      }
      this.indexFrom = from.toEpochDay();
      this.indexed = java.util.Arrays.copyOf(days, n);
    }
  }

  /** A calendar with weekends only, for tests and catalogues without holidays. */
  public static WorkingCalendar weekendsOnly() {
    return new WorkingCalendar(Set.of(), Map.of(), Map.of());
  }

  /** The years whose holidays this calendar knows. */
  public Set<Integer> years() {
    return years;
  }

  /** Whether the calendar knows the holidays of the year {@code date} falls in. */
  public boolean covers(LocalDate date) {
    return years.contains(date.getYear());
  }

  /**
   * Whether the calendar knows the holidays of every year from {@code from}'s to {@code to}'s,
   * both inclusive: a due date counted across a year the calendar lacks would be a guess.
   */
  public boolean coversEvery(LocalDate from, LocalDate to) {
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("period ends %s before it starts %s".formatted(to, from));
    }
    for (int year = from.getYear(); year <= to.getYear(); year++) {
      if (!years.contains(year)) {
        return false;
      }
    }
    return true;
  }

  /** The holiday on {@code date}, if it is one. */
  public Optional<String> holiday(LocalDate date) {
    return Optional.ofNullable(holidays.get(date));
  }

  /** The public holidays, sorted by date. */
  public Map<LocalDate, String> holidays() {
    return new TreeMap<>(holidays);
  }

  /** The make-up working days, sorted by date. */
  public Map<LocalDate, String> makeUpWorkdays() {
    return new TreeMap<>(makeUpWorkdays);
  }

  /** Whether {@code date} is a working day. */
  public boolean isWorkingDay(LocalDate date) {
    if (makeUpWorkdays.containsKey(date)) {
      return true;
    }
    if (holidays.containsKey(date)) {
      return false;
    }
    DayOfWeek day = date.getDayOfWeek();
    return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY;
  }

  /** The first working day strictly after {@code date}. */
  public LocalDate nextWorkingDay(LocalDate date) {
    return addWorkingDays(date, 1);
  }

  /** {@code date} if it is a working day, otherwise the first working day after it. */
  public LocalDate workingDayOnOrAfter(LocalDate date) {
    return isWorkingDay(date) ? date : nextWorkingDay(date);
  }

  /**
   * The day by which something accepted on {@code accepted} is due when it may take
   * {@code workingDays} working days: counting starts on the working day after acceptance, and
   * 0 days means the same day.
   */
  public LocalDate addWorkingDays(LocalDate accepted, int workingDays) {
    if (workingDays < 0) {
      throw new IllegalArgumentException("working days %d must not be negative".formatted(workingDays));
    }
    if (workingDays == 0) {
      return accepted;
    }
    long offset = accepted.toEpochDay() - indexFrom;
    if (indexed.length == 0 || offset < 0 || offset > indexed[indexed.length - 1]) {
      return walk(accepted, workingDays);
    }
    // the first indexed working day after the accepted day, then the workingDays-th from there
    int search = java.util.Arrays.binarySearch(indexed, (int) offset);
    int after = search >= 0 ? search + 1 : -search - 1;
    long target = (long) after + workingDays - 1;
    if (target < indexed.length) {
      return LocalDate.ofEpochDay(indexFrom + indexed[(int) target]);
    }
    int last = indexed.length - 1;
    return walk(LocalDate.ofEpochDay(indexFrom + indexed[last]), (int) (target - last));
  }

  /** Counts day by day: beyond the index, where only weekends are off. */
  private LocalDate walk(LocalDate accepted, int workingDays) {
    LocalDate day = accepted;
    int left = workingDays;
    while (left > 0) {
      day = day.plusDays(1);
      if (isWorkingDay(day)) {
        left--;
      }
    }
    return day;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof WorkingCalendar c
        && c.years.equals(years) && c.holidays.equals(holidays) && c.makeUpWorkdays.equals(makeUpWorkdays);
  }

  @Override
  public int hashCode() {
    return Objects.hash(years, holidays, makeUpWorkdays);
  }

  @Override
  public String toString() {
    return "WorkingCalendar" + new TreeSet<>(years);
  }
}
