package io.github.tongban.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.tongban.core.load.CatalogueLoader;
import io.github.tongban.core.model.Authority;
import io.github.tongban.core.model.CatalogueInfo;
import io.github.tongban.core.model.Channels;
import io.github.tongban.core.model.Complaint;
import io.github.tongban.core.model.Consult;
import io.github.tongban.core.model.Faq;
import io.github.tongban.core.model.FeeRelief;
import io.github.tongban.core.model.ItemCodes;
import io.github.tongban.core.model.ItemResult;
import io.github.tongban.core.model.Paper;
import io.github.tongban.core.model.ProcedureFee;
import io.github.tongban.core.model.Remedies;
import io.github.tongban.core.model.RightsAndDuties;
import io.github.tongban.core.model.SpecialProcedure;
import io.github.tongban.core.model.Topics;
import io.github.tongban.core.model.FactDefinition;
import io.github.tongban.core.model.Fee;
import io.github.tongban.core.model.Form;
import io.github.tongban.core.model.Intermediary;
import io.github.tongban.core.model.LegalBasis;
import io.github.tongban.core.model.LocalInfo;
import io.github.tongban.core.model.Material;
import io.github.tongban.core.model.MaterialSource;
import io.github.tongban.core.model.Parameter;
import io.github.tongban.core.model.ParameterValue;
import io.github.tongban.core.model.ProcessStep;
import io.github.tongban.core.model.Region;
import io.github.tongban.core.model.Scenario;
import io.github.tongban.core.model.ServiceItem;
import io.github.tongban.core.model.TimeLimit;
import io.github.tongban.core.model.Validity;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The JSON Schemas and the model records describe the same thing: every schema property is a
 * record component (under its model name), every component comes from the schema or is
 * derived, required properties are never optional in the model, and optional components are
 * never required by the schema. And on every fixture, whatever the schema accepts, the model binds.
 */
class SchemaModelAgreementTests {
  private static final ObjectMapper JSON = new ObjectMapper();

  private record Pair(String schema, String pointer, Class<?> type, Map<String, String> renames, Set<String> derived) {}

  private static final Set<Pair> PAIRS = Set.of(
      new Pair("item", "", ServiceItem.class, Map.of("legalBasis", "legalBases", "effective", "validity"), Set.of()),
      new Pair("item", "/properties/scenarios/items", Scenario.class, Map.of(), Set.of()),
      new Pair("item", "/properties/materials/items", Material.class, Map.of(), Set.of()),
      new Pair("item", "/properties/materials/items/properties/source", MaterialSource.class, Map.of(), Set.of()),
      new Pair("item", "/properties/timeLimit", TimeLimit.class, Map.of(), Set.of()),
      new Pair("item", "/properties/fee", Fee.class, Map.of(), Set.of()),
      new Pair("item", "/properties/authority", Authority.class, Map.of(), Set.of()),
      new Pair("item", "/properties/effective", Validity.class, Map.of(), Set.of()),
      new Pair("item", "/$defs/legalBasis", LegalBasis.class, Map.of(), Set.of()),
      new Pair("item", "/properties/intermediaries/items", Intermediary.class, Map.of(), Set.of()),
      new Pair("item", "/properties/process/items", ProcessStep.class, Map.of(), Set.of()),
      new Pair("item", "/properties/forms/items", Form.class, Map.of(), Set.of()),
      new Pair("item", "/properties/local/additionalProperties", LocalInfo.class, Map.of(), Set.of()),
      new Pair("item", "/properties/local/additionalProperties/properties/consult", Consult.class, Map.of(), Set.of()),
      new Pair("item", "/properties/local/additionalProperties/properties/complaint", Complaint.class, Map.of(), Set.of()),
      new Pair("item", "/properties/local/additionalProperties/properties/remedies", Remedies.class, Map.of(), Set.of()),
      new Pair("item", "/$defs/remedy", Remedies.Remedy.class, Map.of(), Set.of()),
      new Pair("item", "/properties/codes", ItemCodes.class, Map.of(), Set.of()),
      new Pair("item", "/properties/specialProcedures/items", SpecialProcedure.class, Map.of(), Set.of()),
      new Pair("item", "/properties/specialProcedures/items/properties/fee", ProcedureFee.class, Map.of(), Set.of()),
      new Pair("item", "/properties/result", ItemResult.class, Map.of(), Set.of()),
      new Pair("item", "/properties/channels", Channels.class, Map.of(), Set.of()),
      new Pair("item", "/properties/channels/properties/appointment", Channels.Appointment.class, Map.of(), Set.of()),
      new Pair("item", "/properties/channels/properties/express", Channels.Express.class, Map.of(), Set.of()),
      new Pair("item", "/properties/channels/properties/onlineUrl", Channels.OnlineUrl.class, Map.of(), Set.of()),
      new Pair("item", "/properties/fee/properties/relief", FeeRelief.class, Map.of(), Set.of()),
      new Pair("item", "/properties/rightsAndDuties", RightsAndDuties.class, Map.of(), Set.of()),
      new Pair("item", "/properties/faq/items", Faq.class, Map.of(), Set.of()),
      new Pair("item", "/properties/topics", Topics.class, Map.of(), Set.of()),
      new Pair("item", "/properties/materials/items/properties/paper", Paper.class, Map.of(), Set.of()),
      new Pair("facts", "/properties/facts/items", FactDefinition.class, Map.of("values", "allowedValues"), Set.of()),
      new Pair("parameters", "/properties/parameters/items", Parameter.class, Map.of(), Set.of()),
      new Pair("parameters", "/properties/parameters/items/properties/values/items", ParameterValue.class,
          Map.of("from", "validity", "to", "validity"), Set.of()),
      new Pair("regions", "/$defs/region", Region.class, Map.of(), Set.of("parent")),
      new Pair("catalogue", "", CatalogueInfo.class, Map.of(), Set.of()));

  private static JsonNode schema(String name) throws IOException {
    try (InputStream in = SchemaModelAgreementTests.class.getResourceAsStream("/io/github/tongban/core/schema/" + name + ".schema.json")) {
      return JSON.readTree(in);
    }
  }

  @TestFactory
  Stream<DynamicTest> schemaPropertiesAndRecordComponentsAgree() {
    return PAIRS.stream().map(pair -> DynamicTest.dynamicTest(pair.type().getSimpleName(), () -> {
      JsonNode node = schema(pair.schema()).at(pair.pointer());
      assertThat(node.isMissingNode()).as("schema node %s%s", pair.schema(), pair.pointer()).isFalse();
      Set<String> schemaNames = new HashSet<>();
      node.path("properties").fieldNames().forEachRemaining(n -> schemaNames.add(pair.renames().getOrDefault(n, n)));
      Set<String> components = Stream.of(pair.type().getRecordComponents()).map(RecordComponent::getName)
          .filter(n -> !pair.derived().contains(n)).collect(Collectors.toSet());
      if (pair.type() == LegalBasis.class || pair.type() == Parameter.class) {
        schemaNames.add("id");
      }
      assertThat(schemaNames).as("schema properties of %s", pair.type().getSimpleName()).containsExactlyInAnyOrderElementsOf(components);

      Set<String> required = new HashSet<>();
      node.path("required").forEach(r -> required.add(pair.renames().getOrDefault(r.asText(), r.asText())));
      for (RecordComponent c : pair.type().getRecordComponents()) {
        if (c.getType() == Optional.class) {
          assertThat(required).as("%s.%s is optional in the model", pair.type().getSimpleName(), c.getName()).doesNotContain(c.getName());
        }
      }
      for (String r : required) {
        Class<?> type = Stream.of(pair.type().getRecordComponents()).filter(c -> c.getName().equals(r)).findFirst().orElseThrow().getType();
        assertThat(type).as("%s.%s is required by the schema", pair.type().getSimpleName(), r).isNotEqualTo(Optional.class);
      }
    }));
  }

  @Test
  void whateverTheSchemaAcceptsTheModelBindsOnEveryFixture() throws IOException {
    for (Path fixture : Fixtures.brokenFixtures()) {
      Path work = Files.createTempDirectory("tongban-agree-");
      Fixtures.Expectation e = Fixtures.materialise(fixture, work);
      assertThatCode(() -> e.loader().load(work)).as(fixture.getFileName().toString()).doesNotThrowAnyException();
    }
    assertThat(CatalogueLoader.withDefaults().load(Fixtures.base()).isValid()).isTrue();
  }
}
