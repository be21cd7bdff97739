package io.github.tongban.core.internal.bind;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.tongban.core.internal.Problems;
import io.github.tongban.core.internal.yaml.YamlDocument;
import io.github.tongban.core.scenario.Expectation;
import io.github.tongban.core.scenario.ScenarioTest;
import io.github.tongban.core.validation.ProblemCode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Binds a scenario-test file that passed its schema into {@link ScenarioTest}s. */
public final class ScenarioReader {
  private ScenarioReader() {}

  /** Adds the tests of {@code doc} to {@code out}, and a problem for every date that does not exist. */
  public static void read(YamlDocument doc, Problems problems, List<ScenarioTest> out) {
    String item = doc.root().get("item").asText();
    JsonNode list = doc.root().get("tests");
    for (int i = 0; i < list.size(); i++) {
      JsonNode t = list.get(i);
      String pointer = "/tests/" + i;
      Optional<LocalDate> date = date(doc, t.get("date"), pointer + "/date", problems);
      JsonNode e = t.get("expect");
      Optional<LocalDate> due = date(doc, e.get("due"), pointer + "/expect/due", problems);
      Optional<LocalDate> statutoryDue = date(doc, e.get("statutoryDue"), pointer + "/expect/statutoryDue", problems);
      Optional<LocalDate> latestDue = date(doc, e.get("latestDue"), pointer + "/expect/latestDue", problems);
      Optional<LocalDate> latestStatutoryDue = date(doc, e.get("latestStatutoryDue"), pointer + "/expect/latestStatutoryDue", problems);
      Map<String, Object> facts = new LinkedHashMap<>();
      Iterator<Map.Entry<String, JsonNode>> it = t.get("facts").fields();
      while (it.hasNext()) {
        Map.Entry<String, JsonNode> f = it.next();
        JsonNode v = f.getValue();
        facts.put(f.getKey(), v.isBoolean() ? (Object) v.booleanValue()
            : v.isIntegralNumber() && v.canConvertToLong() ? (Object) v.longValue()
            : v.isNumber() ? (Object) v.decimalValue() : v.asText());
      }
      Expectation expect = new Expectation(e.get("status").asText(), texts(e, "reasons"), texts(e, "reasonMentions"),
          texts(e, "questions"), texts(e, "followUps"), texts(e, "scenarios"), texts(e, "conditionalScenarios"),
          Optional.ofNullable(e.get("materials")).map(m -> {
            Map<String, String> mats = new LinkedHashMap<>();
            m.fields().forEachRemaining(x -> mats.put(x.getKey(), x.getValue().asText()));
            return mats;
          }),
          texts(e, "conditional"), text(e, "acceptance"), text(e, "mode"), text(e, "authority"), texts(e, "alternatives"), due, statutoryDue,
          text(e, "problem"), latestDue, latestStatutoryDue);
      out.add(new ScenarioTest(doc.file(), doc.locate(pointer).line(), item, t.get("name").asText(), date,
          text(t, "at"), facts, expect));
    }
  }

  private static Optional<String> text(JsonNode node, String field) {
    return Optional.ofNullable(node.get(field)).map(JsonNode::asText);
  }

  private static Optional<List<String>> texts(JsonNode node, String field) {
    return Optional.ofNullable(node.get(field)).map(list -> {
      List<String> values = new ArrayList<>();
      list.forEach(v -> values.add(v.asText()));
      return values;
    });
  }

  private static Optional<LocalDate> date(YamlDocument doc, JsonNode node, String pointer, Problems problems) {
    if (node == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(node.asText()));
    } catch (DateTimeParseException e) {
      problems.add(ProblemCode.DATE_INVALID, doc.locate(pointer), node.asText());
      return Optional.empty();
    }
  }
}
