package io.github.tongban.spring;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The metadata IDEs read to complete tongban.*: every property with its type, a description and its default. */
class ConfigurationMetadataTests {

  private static Map<String, JsonNode> properties() throws IOException {
    try (InputStream in = ConfigurationMetadataTests.class.getResourceAsStream("/META-INF/spring-configuration-metadata.json")) {
      assertThat(in).as("the configuration processor wrote the metadata").isNotNull();
      Map<String, JsonNode> byName = new HashMap<>();
      new ObjectMapper().readTree(in).get("properties").forEach(p -> byName.put(p.get("name").asText(), p));
      return byName;
    }
  }

  @Test
  void everyPropertyIsDescribedWithItsDefault() throws IOException {
    Map<String, JsonNode> properties = properties();
    assertThat(properties).containsKeys("tongban.catalogue.path", "tongban.catalogue.require-complete", "tongban.reload.watch",
        "tongban.reload.debounce", "tongban.engine.warm-up", "tongban.language", "management.health.tongban.enabled");
    properties.values().forEach(p -> assertThat(p.path("description").asText()).as(p.get("name").asText()).isNotBlank());
    assertThat(properties.get("tongban.reload.watch").get("defaultValue").asBoolean()).isFalse();
    assertThat(properties.get("tongban.reload.debounce").get("defaultValue").asText()).isEqualTo("500ms");
    assertThat(properties.get("tongban.language").get("defaultValue").asText()).isEqualTo("zh");
    assertThat(properties.get("tongban.catalogue.path").get("type").asText()).isEqualTo("java.nio.file.Path");
  }
}
