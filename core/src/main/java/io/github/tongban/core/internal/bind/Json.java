package io.github.tongban.core.internal.bind;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** Small readers over a JSON tree that the schema has already checked. */
final class Json {
  private Json() {}

  static String text(JsonNode node, String field) {
    return node.path(field).asText();
  }

  static Optional<String> optText(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v == null || v.isNull() ? Optional.empty() : Optional.of(v.asText());
  }

  static int integer(JsonNode node, String field, int otherwise) {
    JsonNode v = node.get(field);
    return v == null || v.isNull() ? otherwise : v.intValue();
  }

  static boolean bool(JsonNode node, String field) {
    return node.path(field).asBoolean(false);
  }

  static Optional<BigDecimal> optDecimal(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v == null || !v.isNumber() ? Optional.empty() : Optional.of(v.decimalValue());
  }

  static <T> List<T> list(JsonNode node, String field, Function<JsonNode, T> each) {
    List<T> out = new ArrayList<>();
    node.path(field).forEach(e -> out.add(each.apply(e)));
    return out;
  }

  static List<String> texts(JsonNode node, String field) {
    return list(node, field, JsonNode::asText);
  }

  /** The enum constant whose catalogue name ({@code lower-kebab}) is the field's text. */
  static <E extends Enum<E>> E enumValue(Class<E> type, String yamlName) {
    return Enum.valueOf(type, yamlName.toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
  }

  static <E extends Enum<E>> List<E> enums(JsonNode node, String field, Class<E> type) {
    return list(node, field, v -> enumValue(type, v.asText()));
  }
}
