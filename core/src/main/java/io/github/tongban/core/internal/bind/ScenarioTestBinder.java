package io.github.tongban.core.internal.bind;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.tongban.core.internal.Problems;
import io.github.tongban.core.internal.yaml.YamlDocument;
import io.github.tongban.core.scenario.Expectation;
import io.github.tongban.core.scenario.ScenarioTest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Binds a scenario-test file under {@code tests/}: its tests, each date a day that exists. */
public final class ScenarioTestBinder {
  private ScenarioTestBinder() {}

  /**
   * The tests of {@code doc}, which passed its schema, in file order; each date that does not exist
   * is reported to {@code problems}.
   */
  public static List<ScenarioTest> bind(YamlDocument doc, Problems problems) {
    Dates dates = new Dates(doc, problems);
    List<ScenarioTest> out = new ArrayList<>();
    String item = doc.root().get("item").asText();
    JsonNode list = doc.root().get("tests");
    for (int i = 0; i < list.size(); i++) {
      JsonNode t = list.get(i);
      String pointer = "/tests/" + i;
      Optional<LocalDate> date = optionalDate(dates, t, "date", pointer);
      JsonNode e = t.get("expect");
      Optional<LocalDate> due = optionalDate(dates, e, "due", pointer + "/expect");
      Optional<LocalDate> statutoryDue = optionalDate(dates, e, "statutoryDue", pointer + "/expect");
      Optional<LocalDate> latestDue = optionalDate(dates, e, "latestDue", pointer + "/expect");
      Optional<LocalDate> latestStatutoryDue = optionalDate(dates, e, "latestStatutoryDue", pointer + "/expect");
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
    return out;
  }

  /** The date in {@code field} of {@code node} at {@code pointer}, when it has one that exists. */
  private static Optional<LocalDate> optionalDate(Dates dates, JsonNode node, String field, String pointer) {
    return Optional.ofNullable(node.get(field)).flatMap(d -> dates.date(d, pointer + "/" + field));
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
}
