package io.github.tongban.rules;

import io.github.tongban.core.model.DayUnit;
import io.github.tongban.core.model.ServiceItem;
import io.github.tongban.core.model.SpecialProcedure;
import io.github.tongban.core.model.WorkingCalendar;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The fixed policy on dates (办结时限), the same for every item. Read top to bottom.
 *
 * <ol>
 *   <li>An application made on a non-working day counts as accepted on the next working day.
 *   <li>The promised and statutory limits count working days from the working day after
 *       acceptance (holidays skipped, make-up working days counted); an instant item (即办件) is
 *       due on the day it counts as accepted.
 *   <li>Special procedures (特别程序: 检验, 专家评审, 听证, 公示 ...) whose time does not count toward
 *       the statutory limit are left out of those dates; each may move them by at most its
 *       longest duration. The latest due dates add, to each due date, the working-day
 *       procedures' longest durations in working days, then the calendar-day procedures' in
 *       calendar days, and a day that is then not a working day moves to the next working day. A
 *       procedure whose time counts toward the statutory limit moves nothing.
 *   <li>A deferrable material (容缺, 信用后补) is due by the promised due date, and never earlier
 *       than the next working day after acceptance: for an instant item, that next working day.
 *   <li>The dates are certain only when the calendar knows every year from the application date
 *       to the latest date given: the due dates, the latest due dates and the deferral deadline.
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
    List<SpecialProcedureTime> procedures = item.specialProcedures().stream().map(p -> procedure(item, p)).toList();
    Optional<LocalDate> latestPromised = latest(calendar, procedures, promisedDue);
    Optional<LocalDate> latestStatutory = latest(calendar, procedures, statutoryDue);
    LocalDate last = Stream.of(Optional.of(promisedDue), Optional.of(statutoryDue), latestPromised, latestStatutory,
            Optional.of(deferUntil(calendar, accepted, promisedDue)))
        .flatMap(Optional::stream).max(LocalDate::compareTo).orElseThrow();
    return new Timing(date, accepted, !workingDay, item.timeLimit().statutory(), promised, item.timeLimit().instant(),
        promisedDue, statutoryDue, procedures, latestPromised, latestStatutory, calendar.coversEvery(date, last));
  }

  private static SpecialProcedureTime procedure(ServiceItem item, SpecialProcedure p) {
    return new SpecialProcedureTime(p.kind(), p.displayName(), p.maxDays(), p.unit(), p.basis().flatMap(item::legalBasis),
        p.countsTowardStatutory());
  }

  /** {@code due} moved by every procedure that may move it, each taking its longest; empty when none may. */
  private static Optional<LocalDate> latest(WorkingCalendar calendar, List<SpecialProcedureTime> procedures, LocalDate due) {
    List<SpecialProcedureTime> moving = procedures.stream().filter(SpecialProcedureTime::movesDueDates).toList();
    if (moving.isEmpty()) {
      return Optional.empty();
    }
    int working = moving.stream().filter(p -> p.unit() == DayUnit.WORKING_DAYS).mapToInt(SpecialProcedureTime::maxDays).sum();
    int days = moving.stream().filter(p -> p.unit() == DayUnit.DAYS).mapToInt(SpecialProcedureTime::maxDays).sum();
    LocalDate moved = calendar.addWorkingDays(due, working).plusDays(days);
    return Optional.of(calendar.workingDayOnOrAfter(moved));
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
