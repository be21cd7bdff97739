package io.github.tongban.core.internal.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialect;
import com.networknt.schema.dialect.Dialects;
import com.networknt.schema.keyword.AnnotationKeyword;
import io.github.tongban.core.LocalizedText;
import io.github.tongban.core.internal.FileKind;
import io.github.tongban.core.internal.Problems;
import io.github.tongban.core.internal.yaml.YamlDocument;
import io.github.tongban.core.validation.ProblemCode;
import io.github.tongban.core.validation.SourceLocation;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Checks documents against tongban's JSON Schemas (draft 2020-12) and turns each schema error
 * into a located problem with a message of tongban's own, in zh-CN and en. The schemas are read
 * from this module's resources once; the compiled schemas are thread-safe and shared.
 */
public final class SchemaChecker {
  /** Where the schemas sit among this module's resources. */
  public static final String RESOURCE_FOLDER = "/io/github/tongban/core/schema/";

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern BRANCH = Pattern.compile(".*/(oneOf|anyOf)/\\d+/.*");
  /** In the order docs/authoring.md lists them: the hint that names them must read the same on every run. */
  private static final List<String> LOCAL_FIELDS = List.of("authorityName", "address", "phone", "hours", "window", "consult", "complaint",
      "remedies");
  private static final SchemaChecker INSTANCE = new SchemaChecker();

  private final Map<FileKind, Schema> schemas = new EnumMap<>(FileKind.class);
  private final Map<FileKind, JsonNode> schemaTrees = new EnumMap<>(FileKind.class);

  private SchemaChecker() {
    // enumDescriptions is for editors (the YAML extension shows it beside each value): known, so not logged as unknown
    SchemaRegistry registry = SchemaRegistry.withDialect(
        Dialect.builder(Dialects.getDraft202012()).keyword(new AnnotationKeyword("enumDescriptions")).build());
    for (FileKind kind : FileKind.values()) {
      String text = resource(kind.schemaFile());
      try {
        schemaTrees.put(kind, JSON.readTree(text));
      } catch (IOException e) {
        throw new UncheckedIOException("schema " + kind.schemaFile() + " is not JSON", e);
      }
      schemas.put(kind, registry.getSchema(text, InputFormat.JSON));
    }
  }

  /** The shared checker. */
  public static SchemaChecker instance() {
    return INSTANCE;
  }

  /** The text of the schema with the given file name, from this module's resources. */
  public static String resource(String schemaFile) {
    try (InputStream in = SchemaChecker.class.getResourceAsStream(RESOURCE_FOLDER + schemaFile)) {
      if (in == null) {
        throw new IllegalStateException("schema resource missing: " + schemaFile);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Checks {@code doc} as a file of {@code kind}, reporting at most {@code maxProblems} of its
   * problems (then one {@code yaml.too-many-problems} for the file); returns whether it passed.
   */
  public boolean check(FileKind kind, YamlDocument doc, Problems problems, int maxProblems) {
    List<Error> errors = schemas.get(kind).validate(doc.root());
    int before = problems.size();
    for (Error error : errors) {
      String path = error.getEvaluationPath() == null ? "" : error.getEvaluationPath().toString();
      if (BRANCH.matcher(path).matches()) {
        continue; // the failing oneOf/anyOf itself is reported; its branches only add noise
      }
      if (problems.size() - before >= maxProblems) {
        problems.add(ProblemCode.YAML_TOO_MANY_PROBLEMS, SourceLocation.ofFile(doc.file()), maxProblems);
        break;
      }
      report(kind, doc, error, problems);
    }
    return problems.size() == before && errors.isEmpty();
  }

  private void report(FileKind kind, YamlDocument doc, Error error, Problems problems) {
    String instance = error.getInstanceLocation() == null ? "" : error.getInstanceLocation().toString();
    JsonNode schemaNode = schemaAt(kind, error);
    String keyword = error.getKeyword() == null ? "" : error.getKeyword();
    String field = display(instance);
    JsonNode value = doc.root().at(instance);
    switch (keyword) {
      case "required" -> {
        String property = error.getProperty();
        JsonNode propertySchema = parentOf(kind, error).path("properties").path(property);
        problems.add(ProblemCode.SCHEMA_REQUIRED, doc.locate(instance), property, describe(propertySchema));
      }
      case "additionalProperties" -> {
        String property = error.getProperty();
        String pointer = YamlDocument.child(instance, property);
        if (kind == FileKind.ITEM && instance.matches("/local/[^/]+") && !LOCAL_FIELDS.contains(property)) {
          problems.add(ProblemCode.LOCAL_STANDARD_ELEMENT, doc.locate(pointer), property, String.join(", ", LOCAL_FIELDS));
        } else {
          problems.add(ProblemCode.SCHEMA_UNKNOWN_KEY, doc.locate(pointer), property, allowedKeys(parentOf(kind, error)));
        }
      }
      case "type" -> problems.add(ProblemCode.SCHEMA_TYPE, doc.locate(instance), field,
          typeName(schemaNode.isArray() ? schemaNode.get(0).asText() : schemaNode.asText()), typeName(jsonType(value)), typeHint(schemaNode, value));
      case "enum", "const" -> problems.add(ProblemCode.SCHEMA_ENUM, doc.locate(instance), field, shortText(value),
          schemaNode.isArray() ? joinValues(schemaNode) : schemaNode.toString(), describe(parentOf(kind, error)));
      case "pattern", "format", "propertyNames" -> problems.add(ProblemCode.SCHEMA_PATTERN, doc.locate(instance), field, shortText(value),
          describe(parentOf(kind, error)));
      case "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum" -> problems.add(ProblemCode.SCHEMA_RANGE, doc.locate(instance), field,
          shortText(value), keyword, schemaNode.asText());
      case "minItems", "maxItems", "minLength", "maxLength", "minProperties", "maxProperties", "uniqueItems" ->
          problems.add(ProblemCode.SCHEMA_SIZE, doc.locate(instance), field, keyword, schemaNode.asText());
      case "oneOf", "anyOf", "allOf", "not", "if", "then", "else", "dependentRequired" ->
          problems.add(ProblemCode.SCHEMA_SHAPE, doc.locate(instance), field, describe(parentOf(kind, error)));
      default -> problems.add(ProblemCode.SCHEMA_OTHER, doc.locate(instance), field, keyword, String.valueOf(error.getMessage()));
    }
  }

  /** The schema node of the failing keyword, e.g. the array of allowed values for enum. */
  private JsonNode schemaAt(FileKind kind, Error error) {
    String location = error.getSchemaLocation() == null ? "" : error.getSchemaLocation().toString();
    int hash = location.indexOf('#');
    String fragment = hash < 0 ? "" : location.substring(hash + 1);
    return schemaTrees.get(kind).at(fragment);
  }

  /** The schema object that holds the failing keyword, or the nearest ancestor with a title. */
  private JsonNode parentOf(FileKind kind, Error error) {
    String location = error.getSchemaLocation() == null ? "" : error.getSchemaLocation().toString();
    int hash = location.indexOf('#');
    String fragment = hash < 0 ? "" : location.substring(hash + 1);
    String keyword = error.getKeyword();
    if (keyword != null && fragment.endsWith("/" + keyword)) {
      fragment = fragment.substring(0, fragment.length() - keyword.length() - 1);
    }
    JsonNode root = schemaTrees.get(kind);
    JsonNode node = root.at(fragment);
    while ((node.isMissingNode() || !node.has("title")) && !fragment.isEmpty()) {
      fragment = fragment.substring(0, fragment.lastIndexOf('/'));
      node = root.at(fragment);
    }
    if (node.has("$ref") && !node.has("description")) {
      JsonNode target = root.at(node.get("$ref").asText().replaceFirst("^#", ""));
      if (target.has("description")) {
        return target;
      }
    }
    return node;
  }

  private static LocalizedText describe(JsonNode schema) {
    LocalizedText title = bilingual(schema.path("title").asText(""));
    String description = schema.path("description").asText("");
    if (description.isEmpty()) {
      return title;
    }
    LocalizedText d = bilingual(description);
    // an editor description starts with the Chinese name and the key ("事项名称 (name): …"): not twice
    String zh = d.zh().startsWith(title.zh() + " (") ? d.zh() : title.zh() + ":" + d.zh();
    return new LocalizedText(zh, title.en() + ": " + d.en());
  }

  /** Splits a schema text written as {@code 中文 / English} or {@code 中文。English.} into both languages. */
  private static LocalizedText bilingual(String text) {
    int slash = text.indexOf(" / ");
    if (slash >= 0) {
      return new LocalizedText(text.substring(0, slash).trim(), text.substring(slash + 3).trim());
    }
    int stop = text.indexOf('。');
    if (stop >= 0 && stop + 1 < text.length()) {
      return new LocalizedText(text.substring(0, stop + 1).trim(), text.substring(stop + 1).trim());
    }
    return new LocalizedText(text, text);
  }

  private static String allowedKeys(JsonNode schema) {
    List<String> keys = new ArrayList<>();
    Iterator<String> names = schema.path("properties").fieldNames();
    names.forEachRemaining(keys::add);
    return String.join(", ", keys);
  }

  private static String joinValues(JsonNode array) {
    List<String> values = new ArrayList<>();
    array.forEach(v -> values.add(v.asText()));
    return String.join(", ", values);
  }

  private static String shortText(JsonNode value) {
    String text = value.isValueNode() ? value.asText() : value.toString();
    return text.length() > 80 ? text.substring(0, 77) + "..." : text;
  }

  /** A pointer as people read it: {@code /conditions/all/2} becomes {@code conditions.all[2]}. */
  static String display(String pointer) {
    if (pointer.isEmpty()) {
      return "(文件 / file)";
    }
    StringBuilder out = new StringBuilder();
    for (String segment : pointer.substring(1).split("/", -1)) {
      String s = segment.replace("~1", "/").replace("~0", "~");
      if (s.chars().allMatch(Character::isDigit) && !s.isEmpty()) {
        out.append('[').append(s).append(']');
      } else {
        out.append(out.length() == 0 ? "" : ".").append(s);
      }
    }
    return out.toString();
  }

  private static String jsonType(JsonNode value) {
    if (value.isMissingNode() || value.isNull()) {
      return "null";
    }
    if (value.isIntegralNumber()) {
      return "integer";
    }
    if (value.isNumber()) {
      return "number";
    }
    if (value.isBoolean()) {
      return "boolean";
    }
    if (value.isTextual()) {
      return "string";
    }
    return value.isArray() ? "array" : "object";
  }

  private static LocalizedText typeName(String type) {
    return switch (type) {
      case "string" -> new LocalizedText("文本", "text");
      case "integer" -> new LocalizedText("整数", "a whole number");
      case "number" -> new LocalizedText("数字", "a number");
      case "boolean" -> new LocalizedText("布尔值(true 或 false)", "true or false");
      case "object" -> new LocalizedText("键值对象", "a mapping");
      case "array" -> new LocalizedText("列表", "a list");
      case "null" -> new LocalizedText("空值", "nothing (null)");
      default -> new LocalizedText(type, type);
    };
  }

  private static LocalizedText typeHint(JsonNode expected, JsonNode value) {
    String want = expected.isArray() ? expected.get(0).asText() : expected.asText();
    if ("string".equals(want) && value.isNumber()) {
      return new LocalizedText("代码、编号等由数字组成的文本要加引号,如 \"620302\"。", "Quote codes made of digits, e.g. \"620302\".");
    }
    if ("boolean".equals(want) && value.isTextual()) {
      return new LocalizedText("只能写 true 或 false;yes、no、on、off、是、否 都不是布尔值。",
          "Write true or false; yes, no, on, off are not booleans here.");
    }
    if (value.isNull()) {
      return new LocalizedText("此处不能留空,请填写内容或删除这个字段。", "This cannot be empty: fill it in or remove the field.");
    }
    return new LocalizedText("请按字段说明填写。", "Write it as the field's description says.");
  }

}
