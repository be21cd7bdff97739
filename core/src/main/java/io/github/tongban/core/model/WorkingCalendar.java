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
    return workingDayOnOrAfter(date.plusDays(1));
  }

  /** {@code date} if it is a working day, otherwise the first working day after it. */
  public LocalDate workingDayOnOrAfter(LocalDate date) {
    LocalDate day = date;
    while (!isWorkingDay(day)) {
      day = day.plusDays(1);
    }
    return day;
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
