package io.github.tongban.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tongban.catalog.SampleCatalogue;
import io.github.tongban.core.model.Catalogue;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A row of a residents table becomes a resident with only the facts the chosen items read, under
 * the columns a mapping names; screening one resident answers as screening a whole stream.
 */
class ResidentColumnsTests {
  private static final LocalDate DATE = LocalDate.of(2026, 3, 2);
  private static final Catalogue SAMPLE = SampleCatalogue.catalogue();

  @Test
  void onlyTheFactsTheItemsReadAreTakenUnderTheirMappedColumns() {
    ResidentColumns columns = ResidentColumns.of(SAMPLE, List.of("620300-MZ-002", "620300-MZ-002"), DATE,
        Map.of("id", "身份证号", "age", "年龄"));
    assertThat(columns.items()).as("repeats folded").containsExactly("620300-MZ-002");
    Set<String> reads = SAMPLE.item("620300-MZ-002", DATE).orElseThrow().factsRead();
    assertThat(columns.factsRead()).containsExactly(Map.entry("620300-MZ-002", reads));
    assertThat(reads).contains("age", "householdRegion");
    String unread = SAMPLE.facts().stream().map(f -> f.id()).filter(f -> !reads.contains(f)).findFirst().orElseThrow();
    assertThat(columns.columnsRead()).startsWith("身份证号").contains("年龄", "householdRegion").doesNotContain("age");
    assertThat(columns.fact("年龄")).contains("age");
    assertThat(columns.fact("身份证号")).contains(ResidentColumns.ID);
    assertThat(columns.ignored(List.of("身份证号", "name", "年龄", "age", unread, "name")))
        .as("an unmapped fact's own name, a fact no item reads, and a stray column, each once").containsExactly("name", "age", unread);

    Map<String, Object> row = new LinkedHashMap<>();
    row.put("身份证号", "620302199001011234");
    row.put("年龄", 82);
    row.put("householdRegion", "620302001001");
    row.put("name", "张三");
    row.put(unread, "maybe");
    Screening.Resident r = columns.resident(7, row);
    assertThat(r.id()).isEqualTo("620302199001011234");
    assertThat(r.line()).isEqualTo(7);
    assertThat(r.facts()).containsExactly(Map.entry("age", 82L), Map.entry("householdRegion", "620302001001"));

    Map<String, Object> blank = new LinkedHashMap<>();
    blank.put("年龄", " ");
    blank.put("householdRegion", null);
    assertThat(columns.resident(9, blank)).as("no id: the line; blank and null: not known")
        .isEqualTo(new Screening.Resident("9", 9, Map.of()));
  }

  @Test
  void valuesAreTakenAsTheEngineTakesThem() {
    ResidentColumns columns = ResidentColumns.of(SAMPLE, List.of("620300-MZ-002"), DATE, Map.of());
    assertThat(columns.resident(1, Map.of("age", 80.5d)).facts()).containsEntry("age", new BigDecimal("80.5"));
    assertThat(columns.resident(1, Map.of("age", Double.NaN)).facts()).as("refused later by the dictionary, not thrown")
        .containsEntry("age", "NaN");
    assertThat(columns.resident(1, Map.of("age", (short) 81)).facts()).containsEntry("age", 81L);
    assertThat(columns.resident(1, Map.of("id", 42L)).id()).isEqualTo("42");
  }

  @Test
  void aMappingToNoFactOrTwoFactsToOneColumnIsRefused() {
    assertThatThrownBy(() -> ResidentColumns.of(SAMPLE, List.of("620300-MZ-002"), DATE, Map.of("shoeSize", "鞋码")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("shoeSize");
    Map<String, String> twice = new LinkedHashMap<>();
    twice.put("age", "A");
    twice.put("householdRegion", "A");
    assertThatThrownBy(() -> ResidentColumns.of(SAMPLE, List.of("620300-MZ-002"), DATE, twice))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("column A");
  }

  @Test
  void screeningOneResidentAnswersAsTheStream() {
    DecisionEngine engine = DecisionEngine.of(SAMPLE);
    List<String> items = List.of("620300-MZ-001", "620300-MZ-002", "620300-YB-001", "620300-MZ-002");
    ResidentColumns columns = ResidentColumns.of(SAMPLE, items, DATE, Map.of());
    Screening screening = new Screening(engine, items, DATE, 2);
    assertThat(screening.items()).isEqualTo(columns.items());
    RandomApplications random = new RandomApplications(SAMPLE, 20261130L);
    List<Screening.Resident> residents = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      Map<String, Object> row = new LinkedHashMap<>(random.next().facts());
      row.put("id", "r" + i);
      residents.add(columns.resident(i + 1, row));
    }
    residents.add(columns.resident(301, Map.of("id", "bad", "age", "eighty")));
    List<Screening.Row> streamed = new ArrayList<>();
    List<Screening.Rejected> rejected = new ArrayList<>();
    Screening.Summary summary = screening.run(residents.iterator(), streamed::add, rejected::add);
    assertThat(summary.residents()).isEqualTo(301);
    assertThat(summary.rejected()).isEqualTo(1);
    assertThat(rejected).singleElement().satisfies(r -> assertThat(r.resident().id()).isEqualTo("bad"));

    List<Screening.Row> alone = new ArrayList<>();
    for (Screening.Resident r : residents) {
      Screening.Screened s = screening.screen(r);
      assertThat(s.rejected().isPresent()).isEqualTo(r.id().equals("bad"));
      alone.addAll(s.rows());
    }
    assertThat(alone).hasSize(300 * 3).isEqualTo(streamed);
  }
}
