package io.github.tongban.core.internal.bind;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import io.github.tongban.core.internal.Problems;
import io.github.tongban.core.internal.yaml.YamlDocument;
import io.github.tongban.core.model.Validity;
import io.github.tongban.core.validation.ProblemCode;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DatesTests {
  private final Problems problems = new Problems();
  private final Dates dates = new Dates(
      new YamlDocument("items/T-001.yaml", NullNode.instance, Map.of("/effective/from", new int[] {7, 3}, "/effective/to", new int[] {8, 3})),
      problems);

  private static JsonNode json(String text) throws Exception {
    return new ObjectMapper().readTree(text);
  }

  @Test
  void aPeriodWithoutAnEndIsOpen() throws Exception {
    assertThat(dates.period(json("{\"from\": \"2026-01-01\"}"), "/effective"))
        .contains(new Validity(LocalDate.of(2026, 1, 1), Optional.empty()));
    assertThat(problems.toList()).isEmpty();
  }

  @Test
  void aDayThatDoesNotExistIsReportedWhereItIsWritten() throws Exception {
    assertThat(dates.period(json("{\"from\": \"2026-01-01\", \"to\": \"2026-02-30\"}"), "/effective")).isEmpty();
    assertThat(problems.toList()).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo(ProblemCode.DATE_INVALID);
      assertThat(p.location().line()).isEqualTo(8);
      assertThat(p.location().pointer()).isEqualTo("/effective/to");
    });
  }

  @Test
  void aPeriodThatEndsBeforeItBeginsIsReportedAtItsEnd() throws Exception {
    assertThat(dates.period(json("{\"from\": \"2026-03-01\", \"to\": \"2026-02-28\"}"), "/effective")).isEmpty();
    assertThat(problems.toList()).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo(ProblemCode.DATE_RANGE_REVERSED);
      assertThat(p.location().pointer()).isEqualTo("/effective/to");
    });
  }
}
