package io.github.tongban.rules;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The time limits of a decision and the dates they lead to, counted in working days from the
 * application date on the catalogue's calendar.
 *
 * @param applicationDate the date the application is made
 * @param statutoryDays the statutory limit (法定时限), in working days
 * @param promisedDays the promised limit (承诺时限), in working days
 * @param instant whether the item is decided on the spot (即办件)
 * @param promisedDue the day by which the city promises a decision
 * @param statutoryDue the day by which the law requires one
 * @param calendarKnown whether the calendar knows the holidays of every year counted over
 */
public record Timing(LocalDate applicationDate, int statutoryDays, int promisedDays, boolean instant,
    LocalDate promisedDue, LocalDate statutoryDue, boolean calendarKnown) {
  public Timing {
    Objects.requireNonNull(applicationDate, "applicationDate");
    Objects.requireNonNull(promisedDue, "promisedDue");
    Objects.requireNonNull(statutoryDue, "statutoryDue");
  }
}
