package io.github.tongban.rules;

import io.github.tongban.core.model.ServiceItem;
import io.github.tongban.core.model.WorkingCalendar;
import io.github.tongban.rules.Timing;
import java.time.LocalDate;

/**
 * The fixed policy on dates (办结时限), the same for every item. Read top to bottom.
 *
 * <ol>
 *   <li>An application made on a non-working day counts as accepted on the next working day.
 *   <li>The promised and statutory limits count working days from the working day after
 *       acceptance (holidays skipped, make-up working days counted); an instant item (即办件) is
 *       due on the day it counts as accepted.
 *   <li>A deferrable material (容缺) is due by the promised due date, and never earlier than the
 *       next working day after acceptance: for an instant item, that next working day.
 *   <li>The dates are certain only when the calendar knows every year from the application date
 *       to the latest of the due dates and the deferral deadline.
 * </ol>
 */
final class Timings {
  private Timings() {}

  static Timing of(WorkingCalendar calendar, ServiceItem item, LocalDate date) {
    boolean workingDay = calendar.isWorkingDay(date);
    LocalDate accepted = workingDay ? date : calendar.nextWorkingDay(date);
    int promised = item.timeLimit().instant() ? 0 : item.timeLimit().promised();
    LocalDate promisedDue = calendar.addWorkingDays(accepted, promised);
    LocalDate statutoryDue = calendar.addWorkingDays(accepted, item.timeLimit().statutory());
    LocalDate last = latest(promisedDue, statutoryDue, deferUntil(calendar, accepted, promisedDue));
    return new Timing(date, accepted, !workingDay, item.timeLimit().statutory(), promised, item.timeLimit().instant(),
        promisedDue, statutoryDue, calendar.coversEvery(date, last));
  }

  private static LocalDate latest(LocalDate a, LocalDate b, LocalDate c) {
    LocalDate ab = a.isAfter(b) ? a : b;
    return ab.isAfter(c) ? ab : c;
  }

  /** The last day to supply a deferrable material. */
  static LocalDate deferUntil(WorkingCalendar calendar, Timing timing) {
    return deferUntil(calendar, timing.acceptedOn(), timing.promisedDue());
  }

  private static LocalDate deferUntil(WorkingCalendar calendar, LocalDate accepted, LocalDate promisedDue) {
    LocalDate next = calendar.nextWorkingDay(accepted);
    return promisedDue.isBefore(next) ? next : promisedDue;
  }
}
