package io.github.tongban.present;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tongban.catalog.SampleCatalogue;
import io.github.tongban.rules.Application;
import io.github.tongban.rules.DecisionEngine;
import io.github.tongban.rules.InvalidApplicationException;
import io.github.tongban.rules.Status;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** JSON becomes facts exactly: numbers as written, no duplicate keys, nothing after the object, scalars only. */
class FactsJsonTests {
  /** 最低生活保障: 城镇 households qualify with a monthly income per head not above 810 元 (from 2026-01-01). */
  static final String MINIMUM = "620300-MZ-001";
  static final String INCOME = "monthlyIncomePerCapita";

  static DecisionEngine engine;

  @BeforeAll
  static void build() {
    engine = DecisionEngine.of(SampleCatalogue.catalogue());
  }

  /** The JSON of a 最低生活保障 application handed in at 滨河路街道 with the income written as {@code income}. */
  static String minimum(String income) {
    return """
        {"item": "620300-MZ-001", "at": "620302001", "date": "2026-03-02",
         "facts": {"householdRegion": "620302001001", "householdType": "城镇", "monthlyIncomePerCapita": %s,
                   "assetsWithinLimit": true, "applicationKind": "首次申请", "disabledMember": false}}
        """.formatted(income);
  }

  static Status status(String json) {
    return engine.decide(FactsJson.application(FactsJson.object(json))).status();
  }

  @Test
  void aDecimalOneTenQuintillionthAboveTheStandardStaysAboveIt() {
    Object income = FactsJson.application(FactsJson.object(minimum("810.0000000000000001"))).facts().get(INCOME);
    assertThat(income).isEqualTo(new BigDecimal("810.0000000000000001"));
    assertThat(status(minimum("810.0000000000000001"))).as("a double would round it to 810 and make it eligible")
        .isEqualTo(Status.INELIGIBLE);
    assertThat(status(minimum("810"))).isEqualTo(Status.ELIGIBLE);
    assertThat(status(minimum("809.99"))).isEqualTo(Status.ELIGIBLE);
    assertThat(status(minimum("\"810.0000000000000001\""))).as("the same value as text").isEqualTo(Status.INELIGIBLE);
  }

  @Test
  void anExponentIsTheSameNumber() {
    Object income = FactsJson.facts(FactsJson.object("{\"monthlyIncomePerCapita\": 8.1e2}")).get(INCOME);
    assertThat(income).isInstanceOfSatisfying(BigDecimal.class, d -> assertThat(d).isEqualByComparingTo("810"));
    assertThat(status(minimum("8.1e2"))).isEqualTo(Status.ELIGIBLE);
    assertThat(engine.decide(FactsJson.application(FactsJson.object(minimum("8.1e2")))))
        .as("the same decision, the value applied included (810 in plain notation)")
        .isEqualTo(engine.decide(FactsJson.application(FactsJson.object(minimum("810")))));
  }

  @Test
  void aDecimalKeepsTheDigitsItIsWrittenWith() {
    Map<String, Object> facts = FactsJson.facts(FactsJson.object("{\"a\": 810.0, \"b\": 0.00, \"c\": 1.5E3, \"d\": 145.0}"));
    assertThat(facts.values()).extracting(v -> ((BigDecimal) v).toString()).containsExactly("810.0", "0.00", "1.5E+3", "145.0");
    assertThat(engine.decide(FactsJson.application(FactsJson.object(minimum("810.0")))).reasons())
        .as("the value applied reads as the applicant wrote it, as it does when typed with --fact")
        .flatExtracting(r -> r.applied()).filteredOn(a -> a.fact().equals(INCOME)).extracting(a -> a.value()).containsOnly("810.0");
  }

  @Test
  void integersAreLongsUntilTheyDoNotFitAndNullIsUnknown() {
    Map<String, Object> facts = FactsJson.facts(FactsJson.object(
        "{\"age\": 82, \"big\": 123456789012345678901234567890, \"householdType\": null, \"ok\": true, \"t\": \"城镇\"}"));
    assertThat(facts).containsEntry("age", 82L).containsEntry("big", new BigDecimal("123456789012345678901234567890"))
        .containsEntry("ok", true).containsEntry("t", "城镇").doesNotContainKey("householdType");
  }

  @Test
  void duplicateKeysAreRefused() {
    for (String json : new String[] {"{\"age\": 70, \"age\": 90}", minimum("800").replace("\"assetsWithinLimit\": true", "\"assetsWithinLimit\": true, \"assetsWithinLimit\": false")}) {
      assertThatThrownBy(() -> FactsJson.object(json)).isInstanceOfSatisfying(FactsJson.InvalidJsonException.class, e -> {
        assertThat(e.field()).isEqualTo("body");
        assertThat(e.text().en()).startsWith("the JSON has a duplicate key");
        assertThat(e.text().zh()).startsWith("JSON 中有重复的键");
      });
    }
  }

  @Test
  void trailingContentIsRefused() {
    for (String json : new String[] {"{\"age\": 70} {\"age\": 90}", "{\"age\": 70} x", "{\"age\": 70}]"}) {
      assertThatThrownBy(() -> FactsJson.object(json.getBytes(StandardCharsets.UTF_8))).as(json)
          .isInstanceOfSatisfying(FactsJson.InvalidJsonException.class, e -> {
            assertThat(e.field()).isEqualTo("body");
            assertThat(e.text().en()).startsWith("not valid JSON");
          });
    }
    assertThat(FactsJson.object("{\"age\": 70}\n  ").get("age").asInt()).as("white space after the object is fine").isEqualTo(70);
  }

  @Test
  void onlyOneObjectIsADocument() {
    for (String json : new String[] {"[1, 2]", "70", "\"x\"", "", "{\"age\": 70 // note\n}"}) {
      assertThatThrownBy(() -> FactsJson.object(json)).as(json).isInstanceOf(FactsJson.InvalidJsonException.class);
    }
  }

  @Test
  void aNumberOfAbsurdSizeIsPassedOnExactlyAndRefusedByTheEnginesFactCheck() {
    Assertions.assertTimeoutPreemptively(Duration.ofSeconds(60), () -> { // a guard against expanding the number, not a timing
      for (String absurd : new String[] {"1e-999999999", "1e999999999", "-1E+999999999"}) {
        Application application = FactsJson.application(FactsJson.object(minimum(absurd)));
        assertThat(application.facts().get(INCOME)).as("never 0 nor infinity").isEqualTo(new BigDecimal(absurd));
        assertThatThrownBy(() -> engine.decide(application)).as(absurd)
            .isInstanceOfSatisfying(InvalidApplicationException.class, e -> assertThat(e.problems())
                .extracting(InvalidApplicationException.Problem::field).containsExactly(INCOME));
      }
    });
  }

  @Test
  void arraysAndObjectsAsValuesAreRefusedNamingTheField() {
    for (String value : new String[] {"[810]", "{\"amount\": 810}", "[]", "{}"}) {
      assertThatThrownBy(() -> FactsJson.application(FactsJson.object(minimum(value)))).as(value)
          .isInstanceOfSatisfying(FactsJson.InvalidJsonException.class, e -> {
            assertThat(e.field()).isEqualTo(INCOME);
            assertThat(e.text().en()).isEqualTo("the value must be text, a number or true/false");
            assertThat(e.getMessage()).startsWith(INCOME + ": ");
          });
    }
    assertThatThrownBy(() -> FactsJson.facts(FactsJson.object("{\"id\": \"r1\", \"age\": [70]}"), "id"))
        .isInstanceOfSatisfying(FactsJson.InvalidJsonException.class, e -> assertThat(e.field()).isEqualTo("age"));
  }

  @Test
  void anApplicationNamesTheFieldThatIsWrong() {
    Map<String, String> wrong = Map.of(
        "{\"facts\": {}}", "item",
        "{\"item\": 620300}", "item",
        "{\"item\": \"620300-MZ-001\", \"at\": 620302001}", "at",
        "{\"item\": \"620300-MZ-001\", \"date\": \"2026-3-2\"}", "date",
        "{\"item\": \"620300-MZ-001\", \"facts\": [1]}", "facts",
        "{\"item\": \"620300-MZ-001\", \"fact\": {}}", "fact");
    wrong.forEach((json, field) -> assertThatThrownBy(() -> FactsJson.application(FactsJson.object(json))).as(json)
        .isInstanceOfSatisfying(FactsJson.InvalidJsonException.class, e -> {
          assertThat(e.field()).isEqualTo(field);
          assertThat(e.text().zh()).isNotBlank();
        }));
    Application online = FactsJson.application(FactsJson.object("{\"item\": \"620300-MZ-001\", \"at\": null, \"date\": null, \"facts\": null}"));
    assertThat(online.channel()).isEqualTo(io.github.tongban.rules.Channel.online());
    assertThat(online.date()).isEmpty();
    assertThat(online.facts()).isEmpty();
  }
}
