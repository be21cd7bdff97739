package io.github.tongban.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The time limits of a decision and the dates they lead to, counted in working days on the
 * catalogue's calendar. An application made on a non-working day counts as accepted on the next
 * working day; the limits count from the working day after that, and an instant item (即办件) is
 * due on it. The dates leave out the item's special procedures (特别程序) whose time does not count
 * toward the statutory limit; each such procedure may move them by at most its longest duration,
 * and the latest dates say how far they go when every one takes its longest.
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
 * @param specialProcedures the item's special procedures, in its order, each with its longest
 *     duration and whether it counts toward the statutory limit
 * @param latestPromisedDue the promised due date when every special procedure that does not count
 *     toward the statutory limit takes its longest; empty when there is none
 * @param latestStatutoryDue the statutory due date likewise; empty when there is none
 * @param calendarKnown whether the calendar knows the holidays of every year from the application
 *     date to the latest date it gives, the latest due dates included (false if any year in
 *     between has no calendar)
 */
public record Timing(LocalDate applicationDate, LocalDate acceptedOn, boolean acceptedOnNonWorkingDay, int statutoryDays, int promisedDays, boolean instant,
    LocalDate promisedDue, LocalDate statutoryDue, List<SpecialProcedureTime> specialProcedures, Optional<LocalDate> latestPromisedDue,
    Optional<LocalDate> latestStatutoryDue, boolean calendarKnown) {
  public Timing {
    Objects.requireNonNull(applicationDate, "applicationDate");
    Objects.requireNonNull(acceptedOn, "acceptedOn");
    if (acceptedOn.isBefore(applicationDate)) {
      throw new IllegalArgumentException("accepted on %s, before the application date %s".formatted(acceptedOn, applicationDate));
    }
    Objects.requireNonNull(promisedDue, "promisedDue");
    Objects.requireNonNull(statutoryDue, "statutoryDue");
    specialProcedures = List.copyOf(specialProcedures);
    Objects.requireNonNull(latestPromisedDue, "latestPromisedDue");
    Objects.requireNonNull(latestStatutoryDue, "latestStatutoryDue");
    boolean moved = specialProcedures.stream().anyMatch(SpecialProcedureTime::movesDueDates);
    if (moved != latestPromisedDue.isPresent() || moved != latestStatutoryDue.isPresent()) {
      throw new IllegalArgumentException("the latest due dates are given exactly when a special procedure may move the due dates");
    }
    if (latestPromisedDue.filter(d -> d.isBefore(promisedDue)).isPresent() || latestStatutoryDue.filter(d -> d.isBefore(statutoryDue)).isPresent()) {
      throw new IllegalArgumentException("a latest due date %s / %s before its due date %s / %s"
          .formatted(latestPromisedDue.orElseThrow(), latestStatutoryDue.orElseThrow(), promisedDue, statutoryDue));
    }
  }
}
