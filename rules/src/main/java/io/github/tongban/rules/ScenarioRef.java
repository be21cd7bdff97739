package io.github.tongban.rules;

import io.github.tongban.core.LocalizedText;
import java.util.Objects;
import java.util.Optional;

/**
 * A handling scenario (办理情形) that applies, or may apply.
 *
 * @param id its id in the item
 * @param name its name
 * @param conditional whether it applies only if a condition that is still open holds
 * @param condition that condition in words, when conditional (e.g. 如:是否由他人代办 为 是)
 */
public record ScenarioRef(String id, String name, boolean conditional, Optional<LocalizedText> condition) {
  public ScenarioRef {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(condition, "condition");
    if (conditional != condition.isPresent()) {
      throw new IllegalArgumentException("scenario %s: a conditional scenario states its condition, and only it".formatted(id));
    }
  }

  /** A scenario that applies outright. */
  public static ScenarioRef applies(String id, String name) {
    return new ScenarioRef(id, name, false, Optional.empty());
  }
}
