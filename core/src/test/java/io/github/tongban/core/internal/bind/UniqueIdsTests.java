package io.github.tongban.core.internal.bind;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.NullNode;
import io.github.tongban.core.internal.Problems;
import io.github.tongban.core.internal.yaml.YamlDocument;
import io.github.tongban.core.validation.ProblemCode;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UniqueIdsTests {
  private final Problems problems = new Problems();
  private final YamlDocument doc = new YamlDocument("facts.yaml", NullNode.instance, Map.of("/facts/2/id", new int[] {9, 7}));

  @Test
  void aRepeatIsReportedWhereItIsWrittenAndTheFirstKept() {
    UniqueIds ids = new UniqueIds(doc, problems);
    assertThat(ids.add("age", "/facts/0/id")).isTrue();
    assertThat(ids.add("income", "/facts/1/id")).isTrue();
    assertThat(ids.add("age", "/facts/2/id")).isFalse();
    assertThat(ids.ids()).containsExactly("age", "income");
    assertThat(problems.toList()).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo(ProblemCode.ID_DUPLICATE);
      assertThat(p.location().line()).isEqualTo(9);
      assertThat(p.message().en()).contains("age");
    });
  }

  @Test
  void aListCanReportItsRepeatsUnderItsOwnCode() {
    UniqueIds ids = new UniqueIds(doc, problems, ProblemCode.SCENARIO_DUPLICATE_ID);
    ids.add("first", "/scenarios/0/id");
    ids.add("first", "/scenarios/1/id");
    assertThat(problems.toList()).singleElement().satisfies(p -> assertThat(p.code()).isEqualTo(ProblemCode.SCENARIO_DUPLICATE_ID));
  }

  @Test
  void isNewTakesNothing() {
    UniqueIds ids = new UniqueIds(doc, problems);
    assertThat(ids.isNew("minLiving", "/parameters/0/id")).isTrue();
    assertThat(ids.isNew("minLiving", "/parameters/1/id")).as("not taken by asking").isTrue();
    ids.add("minLiving", "/parameters/1/id");
    assertThat(ids.isNew("minLiving", "/parameters/2/id")).isFalse();
    assertThat(problems.toList()).hasSize(1);
  }
}
