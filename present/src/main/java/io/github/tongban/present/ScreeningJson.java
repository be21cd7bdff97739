package io.github.tongban.present;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.tongban.rules.Screening;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The results of a screening (免申即享) as JSON Lines: one object per resident and item, with the
 * resident's id and input line, the item, the status, the questions still open and the facts the
 * item read ({@code factsRead}), so that a result says which personal data it was decided on.
 */
public final class ScreeningJson {
  private final Map<String, ArrayNode> reads = new LinkedHashMap<>();

  /** The results of a screening whose items read {@code factsRead} (item code to facts, as {@code ResidentColumns.factsRead()}). */
  public ScreeningJson(Map<String, Set<String>> factsRead) {
    factsRead.forEach((item, facts) -> {
      ArrayNode a = Json.mapper().createArrayNode();
      facts.forEach(a::add);
      reads.put(item, a);
    });
  }

  /** One result as one line of JSON (no line break). */
  public String row(Screening.Row row) {
    ObjectNode n = Json.mapper().createObjectNode().put("resident", row.resident().id()).put("line", row.resident().line())
        .put("item", row.item()).put("status", row.status().name());
    ArrayNode questions = n.putArray("nextQuestions");
    row.nextQuestions().forEach(questions::add);
    n.set("factsRead", reads.getOrDefault(row.item(), Json.mapper().createArrayNode()));
    return n.toString();
  }
}
