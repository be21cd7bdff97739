package io.github.tongban.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tongban.catalog.SampleCatalogue;
import io.github.tongban.core.model.Catalogue;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Screening a batch of residents in one session per item answers exactly what deciding each
 * resident and item alone answers, and rejects a resident with what deciding alone throws.
 */
class BatchScreeningTests {
  private static final LocalDate DATE = LocalDate.of(2026, 3, 2);

  @Test
  void aBatchAnswersAsDecidingOneByOne() {
    Catalogue sample = SampleCatalogue.catalogue();
    DecisionEngine engine = DecisionEngine.of(sample);
    RandomApplications random = new RandomApplications(sample, 20261130L);
    List<Map<String, Object>> residents = new ArrayList<>();
    for (int i = 0; i < 1_500; i++) {
      residents.add(random.next().facts());
    }
    // residents the dictionary refuses: an unknown fact, a value of the wrong type
    Map<String, Object> unknown = new LinkedHashMap<>(residents.get(0));
    unknown.put("shoeSize", 42);
    residents.add(7, unknown);
    Map<String, Object> wrongType = new LinkedHashMap<>(residents.get(1));
    wrongType.put("age", "eighty");
    residents.add(11, wrongType);

    List<String> items = List.of("620300-MZ-001", "620300-MZ-002", "620300-YB-001", "620300-NY-001");
    assertSame(engine, items, residents);
    // an unknown item: every resident is refused for it, with its own problems first
    assertSame(DecisionEngine.of(sample), List.of("620300-MZ-002", "620300-NO-SUCH"), residents.subList(0, 50));
  }

  private static void assertSame(DecisionEngine engine, List<String> items, List<Map<String, Object>> residents) {
    List<BatchScreener.Screened> batch = BatchScreener.screen(engine.compiled(), items, residents, DATE);
    assertThat(batch).hasSize(residents.size());
    int eligible = 0;
    for (int r = 0; r < residents.size(); r++) {
      List<Eligibility> alone = new ArrayList<>();
      Optional<List<InvalidApplicationException.Problem>> refused = Optional.empty();
      for (String item : items) {
        try {
          alone.add(engine.eligibility(new Application(item, residents.get(r), Channel.online(), Optional.of(DATE))));
        } catch (InvalidApplicationException e) {
          refused = Optional.of(e.problems());
          break;
        }
      }
      BatchScreener.Screened s = batch.get(r);
      if (refused.isPresent()) {
        assertThat(s.problem()).as("resident %d", r).isPresent();
        assertThat(s.problem().get().problems()).as("resident %d", r).isEqualTo(refused.get());
      } else {
        assertThat(s.problem()).as("resident %d", r).isEmpty();
        assertThat(s.eligibilities()).as("resident %d", r).isEqualTo(alone);
        eligible += (int) alone.stream().filter(e -> e.status() == Status.ELIGIBLE).count();
      }
    }
    assertThat(batch).as("the batch has refused residents and decided ones")
        .anyMatch(s -> s.problem().isPresent());
    if (items.size() > 2) {
      assertThat(eligible).as("some residents are eligible").isPositive();
    }
  }
}
