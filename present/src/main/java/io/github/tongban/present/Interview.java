package io.github.tongban.present;

import io.github.tongban.core.condition.FactType;
import io.github.tongban.rules.Decision;
import io.github.tongban.rules.Question;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The guided interview's questions and answers, in Chinese or English: which question comes next,
 * how it is asked (choices numbered), and how a typed answer becomes a fact's value.
 */
public final class Interview {
  private static final Texts TEXTS = DecisionWords.TEXTS;

  private Interview() {}

  /**
   * The next question to ask: one that can change the status, or once the status is settled, one
   * that settles the scenario, the materials or acceptance and was not skipped.
   */
  public static Optional<Question> next(Decision d, Set<String> skipped) {
    return d.nextQuestions().stream().findFirst()
        .or(() -> d.followUpQuestions().stream().filter(q -> !skipped.contains(q.fact())).findFirst());
  }

  /** The question as one line, with its choices numbered or its unit; an optional one says Enter skips it. */
  public static String prompt(Question q, boolean optional, Language language) {
    return SafeText.line((optional ? TEXTS.get(language, "ask.optional") : "") + q.question() + hint(q, language));
  }

  private static String hint(Question q, Language language) {
    if (q.type() == FactType.BOOLEAN) {
      return TEXTS.get(language, "ask.boolean");
    }
    if (!q.allowedValues().isEmpty()) {
      StringBuilder s = new StringBuilder(" [");
      for (int i = 0; i < q.allowedValues().size(); i++) {
        s.append(i == 0 ? "" : " / ").append(i + 1).append(' ').append(q.allowedValues().get(i));
      }
      return s.append(']').toString();
    }
    return q.unit().map(u -> TEXTS.get(language, "ask.unit", u)).orElse("");
  }

  /** The answer as typed, with a choice's number or a yes/no word (in either language) turned into its value. */
  public static Object answer(Question q, String typed) {
    String text = typed.trim();
    if (q.type() == FactType.BOOLEAN) {
      return switch (text.toLowerCase(Locale.ROOT)) {
        case "1", "是", "y", "yes", "true" -> Boolean.TRUE;
        case "2", "否", "n", "no", "false" -> Boolean.FALSE;
        default -> text;
      };
    }
    List<String> values = q.allowedValues();
    if (!values.isEmpty() && text.matches("\\d{1,3}")) {
      int i = Integer.parseInt(text) - 1;
      if (i >= 0 && i < values.size()) {
        return values.get(i);
      }
    }
    return text;
  }

  /** What is said after an answer that is not valid. */
  public static String answerAgain(Language language) {
    return TEXTS.get(language, "ask.again");
  }

  /** What is said when the answers end before the questions that can change the status do. */
  public static String endedEarly(Language language) {
    return TEXTS.get(language, "ask.ended");
  }
}
