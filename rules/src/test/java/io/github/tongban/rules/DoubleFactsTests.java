package io.github.tongban.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tongban.catalog.SampleCatalogue;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * An embedding application may pass a {@code double}, {@code Double} or {@code Float}: it is taken
 * as the decimal it prints as, decided exactly like that decimal, and NaN or the infinities are refused.
 */
class DoubleFactsTests {
  static final String MINIMUM = "620300-MZ-001"; // 最低生活保障: 城镇 standard 810 元/月 from 2026-01-01
  static final String INCOME = "monthlyIncomePerCapita";
  static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);

  static DecisionEngine engine;

  @BeforeAll
  static void build() {
    engine = DecisionEngine.of(SampleCatalogue.catalogue());
  }

  static Application minimum(Object income) {
    return Application.forItem(MINIMUM).fact("householdRegion", "620302001001").fact("householdType", "城镇")
        .fact(INCOME, income).fact("assetsWithinLimit", true).fact("applicationKind", "首次申请")
        .fact("disabledMember", false).at("620302001").on(MONDAY).build();
  }

  @Test
  void aDoubleOrFloatIsTakenAsTheDecimalItPrintsAs() {
    assertThat(minimum(809.99).facts().get(INCOME)).isEqualTo(new BigDecimal("809.99"));
    assertThat(minimum(Double.valueOf(0.1)).facts().get(INCOME)).as("not 0.1000000000000000055511151231257827…")
        .isEqualTo(new BigDecimal("0.1"));
    assertThat(minimum(809.99f).facts().get(INCOME)).as("a float prints as its own shortest decimal")
        .isEqualTo(new BigDecimal("809.99"));
    assertThat(minimum(new BigDecimal("809.99")).with(INCOME, 810.5).facts().get(INCOME)).as("an answer added later, too")
        .isEqualTo(new BigDecimal("810.5"));
  }

  @Test
  void aDoubleIsDecidedExactlyAsItsDecimal() {
    Decision atStandard = engine.decide(minimum(810.0));
    assertThat(atStandard.status()).as("810.0 is not above the standard 810").isEqualTo(Status.ELIGIBLE);
    Decision above = engine.decide(minimum(810.01));
    assertThat(above.status()).isEqualTo(Status.INELIGIBLE);
    assertThat(above).as("the same decision as the decimal 810.01, reasons and values applied included")
        .isEqualTo(engine.decide(minimum(new BigDecimal("810.01"))));
    assertThat(engine.decide(minimum(809.99f))).isEqualTo(engine.decide(minimum(new BigDecimal("809.99"))));
  }

  @Test
  void notANumberAndTheInfinitiesAreRefusedNamingTheFact() {
    for (Object v : new Object[] {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Float.NaN}) {
      assertThatThrownBy(() -> minimum(v)).as("%s", v).isInstanceOf(IllegalArgumentException.class).hasMessageContaining(INCOME);
    }
  }

  @Test
  void aDoubleOfAbsurdSizeIsRefusedByTheFactCheckLikeAnyNumber() {
    for (double v : new double[] {1e300, Double.MIN_VALUE}) {
      assertThatThrownBy(() -> engine.decide(minimum(v))).as("%s", v)
          .isInstanceOfSatisfying(InvalidApplicationException.class, e -> assertThat(e.problems())
              .extracting(InvalidApplicationException.Problem::field).containsExactly(INCOME));
    }
  }
}
