package io.github.tongban.examples.http;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import io.github.tongban.present.Json;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The JSON Schemas (2020-12, as OpenAPI 3.1 uses) of the values the service writes with
 * {@link Json#mapper()}, derived from the properties Jackson itself finds on each type: every
 * property required (the mapper writes each, empty optionals as null), no other property allowed,
 * enums by their constant names, optionals nullable, a sealed interface as any of its records.
 * The served document keeps them under {@code components/schemas}; a test compares the two.
 */
final class JacksonSchemas {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** Schema by component name, in name order. */
  private final Map<String, ObjectNode> components = new TreeMap<>();
  private final Map<String, Class<?>> named = new TreeMap<>();

  /** Adds the schema of {@code type} (and of every type it contains) and returns its component name. */
  String add(Class<?> type) {
    return name(type);
  }

  Map<String, ObjectNode> components() {
    return components;
  }

  private String name(Class<?> type) {
    for (Map.Entry<String, Class<?>> e : named.entrySet()) {
      if (e.getValue() == type) {
        return e.getKey();
      }
    }
    String name = named.containsKey(type.getSimpleName()) ? qualified(type) : type.getSimpleName();
    named.put(name, type);
    components.put(name, NODES.objectNode());
    components.put(name, define(type));
    return name;
  }

  private static String qualified(Class<?> type) {
    return type.getEnclosingClass() == null ? type.getSimpleName() : qualified(type.getEnclosingClass()) + type.getSimpleName();
  }

  private ObjectNode define(Class<?> type) {
    if (type.isSealed()) {
      ObjectNode s = NODES.objectNode();
      ArrayNode any = s.putArray("anyOf");
      for (Class<?> sub : type.getPermittedSubclasses()) {
        any.addObject().put("$ref", "#/components/schemas/" + name(sub));
      }
      return s;
    }
    JavaType javaType = Json.mapper().constructType(type);
    BeanDescription bean = Json.mapper().getSerializationConfig().introspect(javaType);
    ObjectNode s = NODES.objectNode().put("type", "object");
    ArrayNode required = s.putArray("required");
    ObjectNode properties = s.putObject("properties");
    for (BeanPropertyDefinition p : bean.findProperties()) {
      if (!p.couldSerialize()) {
        continue;
      }
      required.add(p.getName());
      properties.set(p.getName(), schema(p.getPrimaryType(), false));
    }
    s.put("additionalProperties", false);
    return s;
  }

  private ObjectNode schema(JavaType t, boolean nullable) {
    Class<?> c = t.getRawClass();
    if (c == Optional.class) {
      return schema(t.containedType(0), true);
    }
    ObjectNode s = NODES.objectNode();
    if (c == String.class || CharSequence.class.isAssignableFrom(c) || c == Character.class || c == char.class) {
      type(s, "string", nullable);
    } else if (c == int.class || c == long.class || c == short.class || c == Integer.class || c == Long.class || c == Short.class
        || c == BigInteger.class) {
      type(s, "integer", nullable);
    } else if (c == BigDecimal.class || c == double.class || c == Double.class || c == float.class || c == Float.class) {
      type(s, "number", nullable);
    } else if (c == boolean.class || c == Boolean.class) {
      type(s, "boolean", nullable);
    } else if (c == LocalDate.class) {
      type(s, "string", nullable).put("format", "date");
    } else if (c == Instant.class || c == OffsetDateTime.class || c == LocalDateTime.class) {
      type(s, "string", nullable).put("format", "date-time");
    } else if (c == Year.class) {
      type(s, "integer", nullable);
    } else if (c == YearMonth.class) {
      type(s, "string", nullable);
    } else if (c.isEnum()) {
      type(s, "string", nullable);
      ArrayNode values = s.putArray("enum");
      for (Object constant : c.getEnumConstants()) {
        values.add(((Enum<?>) constant).name());
      }
      if (nullable) {
        values.addNull();
      }
    } else if (t.isCollectionLikeType() || t.isArrayType() || Collection.class.isAssignableFrom(c)) {
      type(s, "array", nullable).set("items", schema(t.getContentType(), false));
    } else if (t.isMapLikeType()) {
      type(s, "object", nullable).set("additionalProperties", schema(t.getContentType(), false));
    } else if (c == Object.class) {
      return s;
    } else {
      String ref = "#/components/schemas/" + name(c);
      if (!nullable) {
        return s.put("$ref", ref);
      }
      ArrayNode any = s.putArray("anyOf");
      any.addObject().put("$ref", ref);
      any.addObject().put("type", "null");
    }
    return s;
  }

  private static ObjectNode type(ObjectNode s, String type, boolean nullable) {
    if (nullable) {
      s.putArray("type").add(type).add("null");
    } else {
      s.put("type", type);
    }
    return s;
  }
}
