package io.github.tongban.core.model;

import io.github.tongban.core.condition.FactType;
import io.github.tongban.core.condition.Value;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A fact that conditions may use, from the fact dictionary: what it is called, how to ask for
 * it, what values it takes, and which shared-data source can supply it.
 *
 * @param id the id conditions use, e.g. {@code age}
 * @param type its type
 * @param label its Chinese name, e.g. 年龄
 * @param question how a window clerk asks for it, e.g. 申请人今年多少周岁?
 * @param unit the unit, e.g. 周岁 or 元/月
 * @param allowedValues the values an enum fact may take
 * @param min the smallest value a number fact may take
 * @param max the largest value a number fact may take
 * @param source the shared-data source that can supply it, e.g. 公安人口信息库
 */
public record FactDefinition(
    String id,
    FactType type,
    String label,
    String question,
    Optional<String> unit,
    List<String> allowedValues,
    Optional<BigDecimal> min,
    Optional<BigDecimal> max,
    Optional<String> source) {
  public FactDefinition {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(question, "question");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(min, "min");
    Objects.requireNonNull(max, "max");
    Objects.requireNonNull(source, "source");
    allowedValues = List.copyOf(allowedValues);
    if (type == FactType.ENUM && allowedValues.isEmpty()) {
      throw new IllegalArgumentException("enum fact %s needs its allowed values".formatted(id));
    }
  }

  /** Whether {@code value} is a valid value of this fact: its type, its allowed values, its bounds. */
  public boolean admits(Value value) {
    if (!type.accepts(value)) {
      return false;
    }
    if (type == FactType.ENUM) {
      return allowedValues.contains(((Value.Text) value).value());
    }
    if (value instanceof Value.Number n) {
      return min.map(m -> n.value().compareTo(m) >= 0).orElse(true) && max.map(m -> n.value().compareTo(m) <= 0).orElse(true);
    }
    return true;
  }
}
