package io.github.tongban.core.internal.bind;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tongban.core.LocalizedText;
import io.github.tongban.core.model.Validity;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PeriodsTests {

  private static Validity period(String from, String to) {
    return new Validity(LocalDate.parse(from), Optional.of(LocalDate.parse(to)));
  }

  private static Validity from(String from) {
    return new Validity(LocalDate.parse(from), Optional.empty());
  }

  @Test
  void consecutivePeriodsCoverTheirUnion() {
    assertThat(Periods.gaps(from("2025-01-01"), List.of(from("2026-01-01"), period("2025-01-01", "2025-12-31")))).isEmpty();
    assertThat(Periods.gaps(period("2025-03-01", "2026-02-28"), List.of(period("2025-01-01", "2025-12-31"), period("2026-01-01", "2026-12-31"))))
        .isEmpty();
  }

  @Test
  void aGapInTheMiddleIsFoundToTheDay() {
    assertThat(Periods.gaps(from("2025-01-01"), List.of(period("2025-01-01", "2025-06-30"), from("2025-10-01"))))
        .containsExactly(period("2025-07-01", "2025-09-30"));
  }

  @Test
  void gapsAtEitherEndAreCutToTheWhole() {
    assertThat(Periods.gaps(period("2024-06-01", "2027-03-31"), List.of(period("2025-01-01", "2026-12-31"))))
        .containsExactly(period("2024-06-01", "2024-12-31"), period("2027-01-01", "2027-03-31"));
    assertThat(Periods.gaps(period("2024-06-01", "2024-08-31"), List.of(from("2025-01-01"))))
        .as("a part that starts after the whole has ended").containsExactly(period("2024-06-01", "2024-08-31"));
  }

  @Test
  void anOpenEndedWholeNeedsAnOpenEndedPart() {
    assertThat(Periods.gaps(from("2025-01-01"), List.of(period("2025-01-01", "2029-12-31")))).containsExactly(from("2030-01-01"));
    assertThat(Periods.gaps(from("2025-01-01"), List.of())).containsExactly(from("2025-01-01"));
  }

  @Test
  void partsOutsideTheWholeOrInsideAnotherChangeNothing() {
    assertThat(Periods.gaps(period("2025-01-01", "2025-12-31"),
        List.of(period("2020-01-01", "2020-12-31"), period("2024-01-01", "2025-08-31"), period("2025-03-01", "2025-04-30"),
            period("2025-09-01", "2025-12-31"), from("2030-01-01"))))
        .isEmpty();
  }

  @Test
  void gapsReadAsAuthorsWriteDates() {
    assertThat(Periods.describe(List.of(period("2024-01-01", "2024-12-31"), from("2030-01-01"))))
        .isEqualTo(new LocalizedText("2024-01-01 ~ 2024-12-31、2030-01-01 起", "2024-01-01 ~ 2024-12-31, from 2030-01-01"));
  }
}
