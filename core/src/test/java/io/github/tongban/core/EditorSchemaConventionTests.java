package io.github.tongban.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialects;
import io.github.tongban.core.internal.schema.SchemaChecker;
import io.github.tongban.core.load.CatalogueLoader;
import io.github.tongban.core.load.ScenarioTestLoader;
import io.github.tongban.core.validation.Problem;
import io.github.tongban.core.validation.ProblemCode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The schemas as a schema-aware editor shows them while policy staff type (VS Code's YAML
 * extension runs yaml-language-server, which puts a key's {@code description} and an enum
 * value's {@code enumDescriptions} entry beside it in the completion list, and ignores
 * {@code title} there): every key says its Chinese name, every enum value says what it means,
 * every date is a {@code format: date}, and whatever the editor inserts is valid. The conventions
 * are written down in catalog/schema/README.md; each rule here is shown to fail on a planted
 * violation.
 */
class EditorSchemaConventionTests {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<String> SCHEMAS = List.of("catalogue", "facts", "parameters", "regions", "calendar", "item", "tests");
  private static final Pattern CJK = Pattern.compile("[\\u4e00-\\u9fff]");
  private static final String DATE_PATTERN = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$";
  private static final Pattern DATE_KEY = Pattern.compile("from|to|date|due|.*Date|.*Due");

  /** One breach of a convention: where (a JSON pointer into the schema), which rule, and what. */
  record Finding(String pointer, Rule rule, String detail) {
    @Override
    public String toString() {
      return pointer + " [" + rule + "] " + detail;
    }
  }

  enum Rule {
    /** A property has its own title "中文名 / English" and a description that starts "中文名 (key): ". */
    NAMED,
    /** A description has no " / ": the loader's messages read " / " as the split between Chinese and English. */
    NO_SLASH,
    /** An enum has enumDescriptions, one with Chinese for each value, and no markdown variants the editor would prefer. */
    ENUM_DESCRIBED,
    /** A date-like string is a "format": "date". */
    DATE_FORMAT,
    /** A number with a minimum above 0 has a default or an example: the editor otherwise inserts 0. */
    NO_ZERO_INSERTED,
    /** Every default, example and snippet body validates against the schema it sits in. */
    INSERTS_VALID
  }

  @TestFactory
  Stream<DynamicTest> everySchemaFollowsTheEditorConventions() {
    return SCHEMAS.stream().map(name -> DynamicTest.dynamicTest(name, () -> {
      String file = name + ".schema.json";
      assertThat(check(SchemaChecker.resource(file))).as("%s breaks the conventions of catalog/schema/README.md", file).isEmpty();
    }));
  }

  @Test
  void eachConventionFindsAPlantedViolation() {
    String planted = """
        {
          "$schema": "https://json-schema.org/draft/2020-12/schema",
          "$id": "https://tongban.example/planted.schema.json",
          "type": "object",
          "properties": {
            "good": {"title": "良好 / good", "description": "良好 (good): 无问题。Fine.", "type": "integer", "minimum": 1, "default": 1},
            "untitled": {"type": "string"},
            "unnamed": {"title": "名称 / unnamed", "description": "说明而未写名称。", "type": "string"},
            "split": {"title": "值 / split", "description": "值 (split): 用于 in / notIn。", "type": "string"},
            "kind": {"title": "种类 / kind", "description": "种类 (kind): 说明。", "enum": ["a", "b"]},
            "short": {"title": "种类 / short", "description": "种类 (short): 说明。", "enum": ["a", "b"], "enumDescriptions": ["甲"]},
            "markdown": {"title": "种类 / markdown", "description": "种类 (markdown): 说明。", "enum": ["a"], "enumDescriptions": ["甲"],
                         "markdownEnumDescriptions": ["**甲**"]},
            "from": {"title": "起始 / from", "description": "起始 (from): 说明。", "type": "string"},
            "day": {"title": "日期 / day", "description": "日期 (day): 说明。", "$ref": "#/$defs/day"},
            "copies": {"title": "份数 / copies", "description": "份数 (copies): 说明。", "type": "integer", "minimum": 1},
            "size": {"title": "大小 / size", "description": "大小 (size): 说明。", "type": "integer", "minimum": 0, "default": -1},
            "entry": {"title": "条目 / entry", "description": "条目 (entry): 说明。", "type": "object",
                      "properties": {"n": {"title": "数 / n", "description": "数 (n): 说明。", "type": "integer", "minimum": 1, "default": 1}},
                      "defaultSnippets": [{"label": "条目", "body": {"n": "^${1:0}"}}, {"label": "好条目", "body": {"n": "^${1:2}"}}]}
          },
          "$defs": {
            "day": {"type": "string", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"}
          }
        }
        """;
    assertThat(check(planted)).map(f -> f.pointer() + " " + f.rule()).containsExactlyInAnyOrder(
        "/properties/untitled NAMED",
        "/properties/unnamed NAMED",
        "/properties/split NO_SLASH",
        "/properties/kind ENUM_DESCRIBED",
        "/properties/short ENUM_DESCRIBED",
        "/properties/markdown ENUM_DESCRIBED",
        "/properties/from DATE_FORMAT",
        "/properties/day DATE_FORMAT",
        "/$defs/day DATE_FORMAT",
        "/properties/copies NO_ZERO_INSERTED",
        "/properties/size INSERTS_VALID",
        "/properties/entry INSERTS_VALID");
  }

  // ---- "format": "date" is for the editor only: the loader still reports a wrong date once, as date.invalid

  @TestFactory
  Stream<DynamicTest> aDateThatDoesNotExistIsStillReportedOnceAsDateInvalid(@TempDir Path dir) {
    record Case(String file, String from, String to) {}
    return Stream.of(
        new Case("items/T-001.yaml", "from: 2025-01-01", "from: 2025-13-01"),
        new Case("parameters.yaml", "from: 2025-01-01", "from: 2025-13-01"),
        new Case("calendar/2026.yaml", "from: 2026-01-01", "from: 2026-13-01"),
        new Case("calendar/2026.yaml", "to: 2026-01-03", "to: 2026-02-30"))
        .map(c -> DynamicTest.dynamicTest(c.file() + " " + c.to(), () -> {
          Path catalogue = Files.createTempDirectory(dir, "catalogue-");
          Fixtures.copyBase(catalogue);
          int line = replaceFirst(catalogue.resolve(c.file()), c.from(), c.to());
          List<Problem> problems = CatalogueLoader.withDefaults().load(catalogue).problems();
          assertThat(problems).as("problems").singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo(ProblemCode.DATE_INVALID);
            assertThat(p.location().file()).isEqualTo(c.file());
            assertThat(p.location().line()).isEqualTo(line);
          });
        }));
  }

  @Test
  void aDateThatDoesNotExistInAScenarioTestIsStillReportedOnceAsDateInvalid(@TempDir Path dir) throws IOException {
    Files.createDirectories(dir.resolve("tests"));
    Files.writeString(dir.resolve("tests/a.test.yaml"), """
        item: T-001
        tests:
          - name: 一个不存在的日期
            date: 2026-13-01
            facts: {}
            expect: {status: eligible}
        """, StandardCharsets.UTF_8);
    assertThat(ScenarioTestLoader.withDefaults().load(dir).problems()).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo(ProblemCode.DATE_INVALID);
      assertThat(p.location().line()).isEqualTo(4);
    });
  }

  private static int replaceFirst(Path file, String from, String to) throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    int at = text.indexOf(from);
    assertThat(at).as("%s in %s", from, file).isNotNegative();
    Files.writeString(file, text.substring(0, at) + to + text.substring(at + from.length()), StandardCharsets.UTF_8);
    return (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
  }

  // ---- the walk ----------------------------------------------------------------------------

  /** Every breach of the conventions in the schema {@code text}. */
  static List<Finding> check(String text) {
    JsonNode root;
    try {
      root = JSON.readTree(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String id = root.path("$id").asText();
    SchemaRegistry registry = SchemaRegistry.withDialect(Dialects.getDraft202012(), b -> b.schemas(Map.of(id, text)));
    Walk walk = new Walk(root, id, registry);
    walk.schema(root, "", null);
    return walk.findings;
  }

  private static final class Walk {
    final JsonNode root;
    final String id;
    final SchemaRegistry registry;
    final List<Finding> findings = new ArrayList<>();

    Walk(JsonNode root, String id, SchemaRegistry registry) {
      this.root = root;
      this.id = id;
      this.registry = registry;
    }

    /** Checks the schema {@code node} at {@code pointer}; {@code key} is its property name, or null if it is no property. */
    void schema(JsonNode node, String pointer, String key) {
      if (!node.isObject()) {
        return;
      }
      JsonNode resolved = resolve(node);
      if (key != null) {
        property(node, pointer, key);
      }
      if (node.has("description") && node.get("description").asText().contains(" / ")) {
        findings.add(new Finding(pointer, Rule.NO_SLASH, node.get("description").asText()));
      }
      if (node.has("enum")) {
        enumeration(node, pointer);
      }
      if (isDateLike(resolved, key) && !"date".equals(resolved.path("format").asText())) {
        findings.add(new Finding(pointer, Rule.DATE_FORMAT, "a date without \"format\": \"date\""));
      }
      inserts(node, resolved, pointer);

      node.path("properties").fields().forEachRemaining(e -> schema(e.getValue(), pointer + "/properties/" + e.getKey(), e.getKey()));
      node.path("$defs").fields().forEachRemaining(e -> schema(e.getValue(), pointer + "/$defs/" + e.getKey(), null));
      for (String keyword : List.of("items", "additionalProperties", "propertyNames", "not", "then", "else")) {
        schema(node.path(keyword), pointer + "/" + keyword, null);
      }
      for (String keyword : List.of("allOf", "anyOf", "oneOf")) {
        for (int i = 0; i < node.path(keyword).size(); i++) {
          schema(node.path(keyword).get(i), pointer + "/" + keyword + "/" + i, null);
        }
      }
      // "if" is skipped on purpose: it only tests a value, and documents nothing
    }

    void property(JsonNode node, String pointer, String key) {
      String title = node.path("title").asText("");
      int slash = title.indexOf(" / ");
      if (slash <= 0 || !CJK.matcher(title.substring(0, slash)).find()) {
        findings.add(new Finding(pointer, Rule.NAMED, "no title of the form \"中文名 / English\": \"" + title + "\""));
        return;
      }
      String lead = title.substring(0, slash) + " (" + key + "): ";
      String description = node.path("description").asText("");
      if (!description.startsWith(lead)) {
        findings.add(new Finding(pointer, Rule.NAMED, "its own description must start with \"" + lead + "\": \"" + description + "\""));
      }
    }

    void enumeration(JsonNode node, String pointer) {
      JsonNode values = node.get("enum");
      JsonNode descriptions = node.path("enumDescriptions");
      if (descriptions.size() != values.size()) {
        findings.add(new Finding(pointer, Rule.ENUM_DESCRIBED, values.size() + " values, " + descriptions.size() + " enumDescriptions"));
      } else {
        for (int i = 0; i < values.size(); i++) {
          if (!descriptions.get(i).isTextual() || !CJK.matcher(descriptions.get(i).asText()).find()) {
            findings.add(new Finding(pointer, Rule.ENUM_DESCRIBED, values.get(i) + " has no Chinese description"));
          }
        }
      }
      if (node.has("markdownEnumDescriptions") || node.has("markdownDescription")) {
        findings.add(new Finding(pointer, Rule.ENUM_DESCRIBED, "markdown variants, which the editor would show instead"));
      }
    }

    boolean isDateLike(JsonNode resolved, String key) {
      if (!"string".equals(resolved.path("type").asText())) {
        return false;
      }
      return DATE_PATTERN.equals(resolved.path("pattern").asText())
          || key != null && DATE_KEY.matcher(key).matches()
          || resolved.path("title").asText().contains("日期");
    }

    void inserts(JsonNode node, JsonNode resolved, String pointer) {
      String type = resolved.path("type").asText();
      boolean numeric = "integer".equals(type) || "number".equals(type);
      if (numeric && resolved.path("minimum").asDouble(0) > 0 && !resolved.has("default") && !resolved.has("examples")) {
        findings.add(new Finding(pointer, Rule.NO_ZERO_INSERTED, "minimum " + resolved.get("minimum") + " but no default or example"));
      }
      List<JsonNode> values = new ArrayList<>();
      if (node.has("default")) {
        values.add(node.get("default"));
      }
      node.path("examples").forEach(values::add);
      node.path("defaultSnippets").forEach(snippet -> values.add(filled(snippet.path("body"))));
      if (values.isEmpty()) {
        return;
      }
      Schema schema = registry.getSchema(SchemaLocation.of(id + "#" + pointer));
      for (JsonNode value : values) {
        List<Error> errors = schema.validate(value);
        if (!errors.isEmpty()) {
          findings.add(new Finding(pointer, Rule.INSERTS_VALID, value + ": " + errors));
        }
      }
    }

    /** The node with the keys of the schema its local {@code $ref} points to added (its own keys win). */
    JsonNode resolve(JsonNode node) {
      if (!node.has("$ref") || !node.get("$ref").asText().startsWith("#")) {
        return node;
      }
      ObjectNode merged = resolve(root.at(node.get("$ref").asText().substring(1))).deepCopy();
      node.fields().forEachRemaining(e -> merged.set(e.getKey(), e.getValue()));
      merged.remove("$ref");
      return merged;
    }
  }

  /**
   * A snippet body as the editor inserts it when staff accept every placeholder: {@code ${1:text}}
   * becomes its text, {@code $1} nothing, and a string starting with {@code ^} is inserted as a
   * plain value (a number or true/false).
   */
  static JsonNode filled(JsonNode body) {
    if (body.isObject()) {
      ObjectNode out = JsonNodeFactory.instance.objectNode();
      for (Iterator<Map.Entry<String, JsonNode>> it = body.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        out.set(e.getKey(), filled(e.getValue()));
      }
      return out;
    }
    if (body.isArray()) {
      var out = JsonNodeFactory.instance.arrayNode();
      body.forEach(v -> out.add(filled(v)));
      return out;
    }
    if (!body.isTextual()) {
      return body;
    }
    String text = body.asText();
    boolean raw = text.startsWith("^");
    String value = (raw ? text.substring(1) : text).replaceAll("\\$\\{\\d+:([^}]*)}", "$1").replaceAll("\\$\\{?\\d+}?", "");
    if (!raw) {
      return TextNode.valueOf(value);
    }
    if (value.equals("true") || value.equals("false")) {
      return BooleanNode.valueOf(Boolean.parseBoolean(value));
    }
    if (value.matches("-?\\d+")) {
      return LongNode.valueOf(Long.parseLong(value));
    }
    if (value.matches("-?\\d+\\.\\d+")) {
      return DecimalNode.valueOf(new BigDecimal(value));
    }
    return TextNode.valueOf(value);
  }
}
