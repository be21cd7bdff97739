package io.github.tongban.core.model;

import io.github.tongban.core.condition.Value;
import java.util.Objects;

/**
 * The value a parameter takes during a period.
 *
 * @param validity when it is in force
 * @param value the value
 */
public record ParameterValue(Validity validity, Value value) {
  public ParameterValue {
    Objects.requireNonNull(validity, "validity");
    Objects.requireNonNull(value, "value");
  }
}
