package io.github.tongban.rules;

import java.util.Objects;

/**
 * A handling scenario (办理情形) that applies.
 *
 * @param id its id in the item
 * @param name its name
 */
public record ScenarioRef(String id, String name) {
  public ScenarioRef {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
  }
}
