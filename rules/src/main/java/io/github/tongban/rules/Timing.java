package io.github.tongban.rules;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The time limits of a decision and the dates they lead to, counted in working days on the
 * catalogue's calendar. An application made on a non-working day counts as accepted on the next
 * working day; the limits count from the working day after that, and an instant item (即办件) is
 * due on it.
 *
 * @param applicationDate the date the application is made
 * @param acceptedOn the working day the application counts as accepted: the application date, or
 *     the next working day when that is not one
 * @param acceptedOnNonWorkingDay whether the application date is not a working day
 * @param statutoryDays the statutory limit (法定时限), in working days
 * @param promisedDays the promised limit (承诺时限), in working days
 * @param instant whether the item is decided on the spot (即办件)
 * @param promisedDue the day by which the city promises a decision
 * @param statutoryDue the day by which the law requires one
 * @param calendarKnown whether the calendar knows the holidays of every year from the application
 *     date to the later due date (false if any year in between has no calendar)
 */
public record Timing(LocalDate applicationDate, LocalDate acceptedOn, boolean acceptedOnNonWorkingDay, int statutoryDays, int promisedDays, boolean instant,
    LocalDate promisedDue, LocalDate statutoryDue, boolean calendarKnown) {
  public Timing {
    Objects.requireNonNull(applicationDate, "applicationDate");
    Objects.requireNonNull(acceptedOn, "acceptedOn");
    if (acceptedOn.isBefore(applicationDate)) {
      throw new IllegalArgumentException("accepted on %s, before the application date %s".formatted(acceptedOn, applicationDate));
    }
    Objects.requireNonNull(promisedDue, "promisedDue");
    Objects.requireNonNull(statutoryDue, "statutoryDue");
  }
}
