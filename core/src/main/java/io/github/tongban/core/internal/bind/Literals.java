package io.github.tongban.core.internal.bind;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.tongban.core.condition.FactType;
import io.github.tongban.core.condition.Value;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Typing of literal values, shared by conditions and parameters. */
final class Literals {
  private Literals() {}

  /** {@code node} as a value of {@code type}, or empty when it is not one (the caller says why). */
  static Optional<Value> of(FactType type, JsonNode node) {
    switch (type) {
      case BOOLEAN:
        return node.isBoolean() ? Optional.of(new Value.Bool(node.booleanValue())) : Optional.empty();
      case INTEGER:
      case DECIMAL:
        if (!node.isNumber()) {
          return Optional.empty();
        }
        Value.Number n = new Value.Number(node.decimalValue());
        return type.accepts(n) ? Optional.of(n) : Optional.empty();
      case DATE:
        if (!node.isTextual()) {
          return Optional.empty();
        }
        try {
          return Optional.of(new Value.Date(LocalDate.parse(node.asText())));
        } catch (DateTimeParseException e) {
          return Optional.empty();
        }
      default:
        return node.isTextual() ? Optional.of(new Value.Text(node.asText())) : Optional.empty();
    }
  }
}
