package io.github.tongban.present;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tongban.core.condition.FactType;
import io.github.tongban.rules.Question;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The interview asks with numbered choices in the chosen language and reads a number, or yes and no in either language, as the value. */
class InterviewTests {
  static final Question YES_NO = new Question("agentApplies", "委托他人代办", "是否由他人代为申请?", FactType.BOOLEAN, List.of(), Optional.empty());
  static final Question KIND = new Question("householdType", "户籍性质", "申请人是城镇户籍还是农村户籍?", FactType.ENUM, List.of("城镇", "农村"),
      Optional.empty());

  @Test
  void questionsAreAskedWithTheirChoicesNumbered() {
    assertThat(Interview.prompt(YES_NO, false, Language.ZH)).isEqualTo("是否由他人代为申请? [1 是 / 2 否]");
    assertThat(Interview.prompt(YES_NO, true, Language.EN)).isEqualTo("(optional, Enter skips) 是否由他人代为申请? [1 yes / 2 no]");
    assertThat(Interview.prompt(KIND, false, Language.EN)).isEqualTo("申请人是城镇户籍还是农村户籍? [1 城镇 / 2 农村]");
  }

  @Test
  void answersAreReadAsTheirValues() {
    assertThat(Interview.answer(YES_NO, " 1 ")).isEqualTo(Boolean.TRUE);
    assertThat(Interview.answer(YES_NO, "否")).isEqualTo(Boolean.FALSE);
    assertThat(Interview.answer(YES_NO, "No")).isEqualTo(Boolean.FALSE);
    assertThat(Interview.answer(YES_NO, "perhaps")).isEqualTo("perhaps");
    assertThat(Interview.answer(KIND, "2")).isEqualTo("农村");
    assertThat(Interview.answer(KIND, "3")).as("no such choice: left for the engine to refuse").isEqualTo("3");
  }
}
