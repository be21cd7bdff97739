package io.github.tongban.core.model;

import io.github.tongban.core.condition.Condition;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A handling scenario (办理情形) of an item, e.g. first application, renewal, an agent applying.
 *
 * @param id unique within the item
 * @param name its name, e.g. 首次申请
 * @param when when present, the scenario applies only when this holds
 * @param conditions extra acceptance conditions that hold in this scenario only
 * @param materials the ids of the item's materials this scenario requires
 * @param code its national code (情形编码), unique within the item
 */
public record Scenario(String id, String name, Optional<Condition> when, Optional<Condition> conditions, List<String> materials,
    Optional<String> code) {
  public Scenario {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(when, "when");
    Objects.requireNonNull(conditions, "conditions");
    Objects.requireNonNull(code, "code");
    materials = List.copyOf(materials);
  }

}
