package io.github.tongban.core.internal.bind;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.tongban.core.internal.Problems;
import io.github.tongban.core.internal.yaml.YamlDocument;
import io.github.tongban.core.model.Validity;
import io.github.tongban.core.model.WorkingCalendar;
import io.github.tongban.core.validation.ProblemCode;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Binds the files under {@code calendar/}, one per year, into one working-day calendar: each year
 * in one file only, each day in its file's year, no day both a holiday and a make-up working day.
 */
public final class CalendarBinder {
  private CalendarBinder() {}

  /**
   * The calendar of {@code docs}, which passed their schema, in file order (a year's second file is
   * the one reported); empty when a file has a problem, each reported to {@code problems}.
   */
  public static Optional<WorkingCalendar> bind(List<YamlDocument> docs, Problems problems) {
    Map<Integer, String> years = new HashMap<>();
    Map<LocalDate, String> holidays = new HashMap<>();
    Map<LocalDate, String> workdays = new HashMap<>();
    boolean broken = false;
    for (YamlDocument doc : docs) {
      int before = problems.size();
      int year = doc.root().get("year").intValue();
      String other = years.putIfAbsent(year, doc.file());
      if (other != null) {
        problems.add(ProblemCode.CALENDAR_DUPLICATE_YEAR, doc.locate("/year"), year, other);
      }
      Dates dates = new Dates(doc, problems);
      Map<LocalDate, String> off = holidays(doc, year, dates, problems);
      Map<LocalDate, String> on = workdays(doc, year, off, dates, problems);
      if (problems.size() == before) {
        holidays.putAll(off);
        workdays.putAll(on);
      } else {
        broken = true;
      }
    }
    return broken ? Optional.empty() : Optional.of(new WorkingCalendar(years.keySet(), holidays, workdays));
  }

  private static Map<LocalDate, String> holidays(YamlDocument doc, int year, Dates dates, Problems problems) {
    Map<LocalDate, String> off = new TreeMap<>();
    JsonNode hs = doc.root().get("holidays");
    for (int i = 0; i < hs.size(); i++) {
      String pointer = "/holidays/" + i;
      Optional<Validity> period = dates.period(hs.get(i), pointer);
      if (period.isEmpty()) {
        continue;
      }
      LocalDate from = period.get().from();
      LocalDate to = period.get().to().orElse(from);
      if (from.getYear() != year || to.getYear() != year) {
        problems.add(ProblemCode.CALENDAR_WRONG_YEAR, doc.locate(pointer + "/from"), from + " ~ " + to, year);
        continue;
      }
      for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
        off.put(d, Json.text(hs.get(i), "name"));
      }
    }
    return off;
  }

  private static Map<LocalDate, String> workdays(YamlDocument doc, int year, Map<LocalDate, String> off, Dates dates, Problems problems) {
    Map<LocalDate, String> on = new TreeMap<>();
    JsonNode ws = doc.root().get("workdays");
    for (int i = 0; i < ws.size(); i++) {
      String pointer = "/workdays/" + i + "/date";
      Optional<LocalDate> date = dates.date(ws.get(i).get("date"), pointer);
      if (date.isEmpty()) {
        continue;
      }
      if (date.get().getYear() != year) {
        problems.add(ProblemCode.CALENDAR_WRONG_YEAR, doc.locate(pointer), date.get(), year);
      } else if (off.containsKey(date.get())) {
        problems.add(ProblemCode.CALENDAR_HOLIDAY_AND_WORKDAY, doc.locate(pointer), date.get(), off.get(date.get()));
      } else {
        on.put(date.get(), Json.text(ws.get(i), "name"));
      }
    }
    return on;
  }
}
