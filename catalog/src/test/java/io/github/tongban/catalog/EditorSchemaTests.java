package io.github.tongban.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The editor schemas under catalog/schema are exactly the schemas core validates with. */
class EditorSchemaTests {
  private static final List<String> SCHEMAS = List.of("catalogue", "facts", "parameters", "regions", "calendar", "item", "tests");

  @Test
  void editorSchemasEqualTheValidatorSchemas() throws IOException {
    for (String name : SCHEMAS) {
      String file = name + ".schema.json";
      String core;
      try (InputStream in = io.github.tongban.core.load.CatalogueLoader.class.getResourceAsStream("/io/github/tongban/core/schema/" + file)) {
        core = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
      assertThat(Files.readString(Path.of("schema", file)))
          .as("catalog/schema/%s differs from core's copy: cp core/src/main/resources/io/github/tongban/core/schema/*.json catalog/schema/", file)
          .isEqualTo(core);
    }
    try (Stream<Path> list = Files.list(Path.of("schema"))) {
      assertThat(list.filter(p -> p.toString().endsWith(".json")).count()).isEqualTo(SCHEMAS.size());
    }
  }
}
