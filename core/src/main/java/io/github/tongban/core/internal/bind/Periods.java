package io.github.tongban.core.internal.bind;

import io.github.tongban.core.LocalizedText;
import io.github.tongban.core.model.Validity;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Arithmetic on periods of days: which days of a period others leave uncovered. */
final class Periods {
  private Periods() {}

  /**
   * The parts of {@code whole} that no period of {@code parts} covers, in date order; empty when
   * the parts cover every day of it. An open end is forever, so an open-ended {@code whole} is
   * covered only if some part is open-ended too.
   */
  static List<Validity> gaps(Validity whole, Collection<Validity> parts) {
    List<Validity> sorted = parts.stream().sorted(Comparator.comparing(Validity::from)).toList();
    List<Validity> gaps = new ArrayList<>();
    // the first day not yet known to be covered; empty once every later day is covered
    Optional<LocalDate> next = Optional.of(whole.from());
    for (Validity part : sorted) {
      LocalDate day = next.get();
      if (!whole.contains(day)) {
        break;
      }
      if (part.from().isAfter(day)) {
        LocalDate gapEnd = part.from().minusDays(1);
        gaps.add(new Validity(day, Optional.of(whole.to().filter(gapEnd::isAfter).orElse(gapEnd))));
      }
      if (part.to().isEmpty()) {
        next = Optional.empty();
        break;
      }
      LocalDate after = part.to().get().plusDays(1);
      next = Optional.of(after.isAfter(day) ? after : day);
    }
    next.filter(whole::contains).ifPresent(day -> gaps.add(new Validity(day, whole.to())));
    return gaps;
  }

  /** The periods as authors write them: {@code 2024-01-01 ~ 2024-12-31}, an open end as "from" (起) its first day. */
  static LocalizedText describe(List<Validity> periods) {
    List<String> zh = new ArrayList<>();
    List<String> en = new ArrayList<>();
    for (Validity p : periods) {
      zh.add(p.to().map(to -> p.from() + " ~ " + to).orElse(p.from() + " 起"));
      en.add(p.to().map(to -> p.from() + " ~ " + to).orElse("from " + p.from()));
    }
    return new LocalizedText(String.join("、", zh), String.join(", ", en));
  }
}
