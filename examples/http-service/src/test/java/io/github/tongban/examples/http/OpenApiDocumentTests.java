package io.github.tongban.examples.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.tongban.core.model.AcceptanceScope;
import io.github.tongban.core.model.OnlineLevel;
import io.github.tongban.core.model.ServiceItem;
import io.github.tongban.core.report.CatalogueReport;
import io.github.tongban.rules.Decision;
import io.github.tongban.rules.Question;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The schemas of {@code /openapi.json} for the values the service writes through Jackson (Decision,
 * Item, Report, Question and every type inside them) are the ones {@link JacksonSchemas} derives
 * from the types: typed to the last property, enums listed. When a model type changes, this test
 * fails; run it with {@code -Dtongban.openapi.write=true} to write the new schemas into
 * {@code src/main/resources/static/openapi.json}, and review the diff.
 */
class OpenApiDocumentTests {
  static final Path DOCUMENT = Path.of("src/main/resources/static/openapi.json");
  static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  /** The derived schemas, the item's with its upcoming version and the summary's enums as the item spells them. */
  static Map<String, ObjectNode> derived() {
    JacksonSchemas schemas = new JacksonSchemas();
    schemas.add(Decision.class);
    schemas.add(Question.class);
    String report = schemas.add(CatalogueReport.class);
    String item = schemas.add(ServiceItem.class);
    Map<String, ObjectNode> out = new java.util.TreeMap<>(schemas.components());
    out.put("Report", out.remove(report));
    ObjectNode withUpcoming = out.get(item).deepCopy();
    withUpcoming.put("description", "The version of the item in force on the date, as the catalogue defines it, with any upcoming version");
    ((ArrayNode) withUpcoming.get("required")).add("upcoming");
    ((ObjectNode) withUpcoming.get("properties")).putObject("upcoming").put("$ref", "#/components/schemas/Upcoming");
    out.put("Item", withUpcoming);
    return out;
  }

  static List<String> names(Class<? extends Enum<?>> type) {
    List<String> out = new ArrayList<>();
    for (Enum<?> e : type.getEnumConstants()) {
      out.add(e.name());
    }
    return out;
  }

  @Test
  void theDocumentedSchemasAreTheOnesJacksonWrites() throws Exception {
    ObjectNode document = (ObjectNode) JSON.readTree(Files.readString(DOCUMENT));
    ObjectNode components = (ObjectNode) document.get("components").get("schemas");
    Map<String, ObjectNode> derived = derived();
    ObjectNode summary = (ObjectNode) components.get("ItemSummary").get("properties");
    if (Boolean.getBoolean("tongban.openapi.write")) {
      derived.forEach(components::set);
      summary.withArray("/scope/enum").removeAll().addAll((ArrayNode) JSON.valueToTree(names(AcceptanceScope.class)));
      summary.withArray("/onlineLevel/enum").removeAll().addAll((ArrayNode) JSON.valueToTree(names(OnlineLevel.class)));
      Files.writeString(DOCUMENT, JSON.writeValueAsString(document) + "\n", StandardCharsets.UTF_8);
    }
    for (Map.Entry<String, ObjectNode> e : derived.entrySet()) {
      assertThat(components.get(e.getKey())).as("components/schemas/%s (run with -Dtongban.openapi.write=true to update)", e.getKey())
          .isEqualTo(e.getValue());
    }
    assertThat(summary.get("scope").get("enum")).extracting(JsonNode::asText).containsExactlyElementsOf(names(AcceptanceScope.class));
    assertThat(summary.get("onlineLevel").get("enum")).extracting(JsonNode::asText).containsExactlyElementsOf(names(OnlineLevel.class));
  }

  @Test
  void everySchemaIsTypedAndEveryReferenceResolves() throws Exception {
    JsonNode document = JSON.readTree(Files.readString(DOCUMENT));
    JsonNode components = document.get("components").get("schemas");
    List<String> untyped = new ArrayList<>();
    List<String> dangling = new ArrayList<>();
    walk("", document, components, untyped, dangling);
    assertThat(untyped).as("schemas that say nothing ({})").isEmpty();
    assertThat(dangling).as("references to no schema").isEmpty();
    assertThat(components.get("Decision").get("properties").get("status").get("enum")).extracting(JsonNode::asText)
        .containsExactly("ELIGIBLE", "INELIGIBLE", "NEEDS_INFO");
  }

  private static void walk(String at, JsonNode node, JsonNode components, List<String> untyped, List<String> dangling) {
    if (node.isObject()) {
      if (at.matches(".*/(schema|items|additionalProperties|properties/[^/]+)") && node.isEmpty()) {
        untyped.add(at);
      }
      if (node.has("$ref")) {
        String ref = node.get("$ref").asText();
        if (!components.has(ref.substring(ref.lastIndexOf('/') + 1))) {
          dangling.add(at + " → " + ref);
        }
      }
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        walk(at + "/" + e.getKey(), e.getValue(), components, untyped, dangling);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        walk(at + "/" + i, node.get(i), components, untyped, dangling);
      }
    }
  }
}
