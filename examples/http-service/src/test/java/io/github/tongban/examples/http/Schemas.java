package io.github.tongban.examples.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialects;
import java.util.List;
import java.util.Map;

/** The schemas of a served {@code /openapi.json} (OpenAPI 3.1: JSON Schema 2020-12), to validate real responses with. */
final class Schemas {
  private static final String ID = "https://tongban.github.io/openapi.json";
  private final SchemaRegistry registry;

  Schemas(String document) {
    this.registry = SchemaRegistry.withDialect(Dialects.getDraft202012(), b -> b.schemas(Map.of(ID, document)));
  }

  /** What is wrong with {@code value} as a {@code component} (empty when it conforms). */
  List<String> errors(JsonNode value, String component) {
    List<Error> errors = registry.getSchema(SchemaLocation.of(ID + "#/components/schemas/" + component)).validate(value);
    return errors.stream().map(Error::toString).toList();
  }
}
