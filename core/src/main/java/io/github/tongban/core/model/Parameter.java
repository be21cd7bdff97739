package io.github.tongban.core.model;

import io.github.tongban.core.condition.FactType;
import io.github.tongban.core.condition.Value;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A policy parameter with dated values, e.g. the minimum-living-standard amount (最低生活保障标准),
 * each period in force under its legal basis.
 *
 * @param id the id conditions use
 * @param label its Chinese name
 * @param type the type of its values (a fact compared with it must have the same value family)
 * @param unit the unit, e.g. 元/月
 * @param basis the legal basis that sets it
 * @param values the dated values, periods not overlapping
 */
public record Parameter(String id, String label, FactType type, Optional<String> unit, LegalBasis basis, List<ParameterValue> values) {
  public Parameter {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(basis, "basis");
    values = List.copyOf(values);
    for (int i = 0; i < values.size(); i++) {
      for (int j = i + 1; j < values.size(); j++) {
        if (values.get(i).validity().overlaps(values.get(j).validity())) {
          throw new IllegalArgumentException("parameter %s has overlapping periods from %s and from %s"
              .formatted(id, values.get(i).validity().from(), values.get(j).validity().from()));
        }
      }
    }
  }

  /** The value in force on {@code date}. */
  public Optional<Value> valueOn(LocalDate date) {
    return periodOn(date).map(ParameterValue::value);
  }

  /** The value, with its period, in force on {@code date}. */
  public Optional<ParameterValue> periodOn(LocalDate date) {
    return values.stream().filter(v -> v.validity().contains(date)).findFirst();
  }

  /** The value, with its period, in force on {@code date}; a catalogue with a gap there fails clearly. */
  public ParameterValue inForce(LocalDate date) {
    return periodOn(date).orElseThrow(() -> new ParameterNotInForceException(id, date));
  }
}
