package io.github.tongban.rules;

import io.github.tongban.core.condition.FactType;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A fact whose answer could change the decision, with the question to ask for it.
 *
 * @param fact the fact id
 * @param label the fact's Chinese name
 * @param question how to ask for it
 * @param type its type
 * @param allowedValues the values an enum fact may take
 * @param unit the unit of the answer
 */
public record Question(String fact, String label, String question, FactType type, List<String> allowedValues, Optional<String> unit) {
  public Question {
    Objects.requireNonNull(fact, "fact");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(question, "question");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(unit, "unit");
    allowedValues = List.copyOf(allowedValues);
  }
}
