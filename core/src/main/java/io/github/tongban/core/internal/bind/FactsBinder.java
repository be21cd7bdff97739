package io.github.tongban.core.internal.bind;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.tongban.core.condition.FactType;
import io.github.tongban.core.internal.Problems;
import io.github.tongban.core.internal.yaml.YamlDocument;
import io.github.tongban.core.model.FactDefinition;
import io.github.tongban.core.validation.ProblemCode;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Binds {@code facts.yaml}, the fact dictionary: unique ids, an enum's values, bounds in order. */
public final class FactsBinder {
  private FactsBinder() {}

  /**
   * The facts of {@code doc}, which passed its schema, by id in file order; empty when the file has
   * a problem, each reported to {@code problems}.
   */
  public static Optional<Map<String, FactDefinition>> bind(YamlDocument doc, Problems problems) {
    int before = problems.size();
    JsonNode list = doc.root().get("facts");
    UniqueIds ids = new UniqueIds(doc, problems);
    Map<String, FactDefinition> out = new LinkedHashMap<>();
    for (int i = 0; i < list.size(); i++) {
      JsonNode f = list.get(i);
      String pointer = "/facts/" + i;
      String id = Json.text(f, "id");
      if (!ids.add(id, pointer + "/id")) {
        continue;
      }
      FactType type = Json.enumValue(FactType.class, Json.text(f, "type"));
      if (type == FactType.ENUM && !f.has("values")) {
        problems.add(ProblemCode.FACT_ENUM_WITHOUT_VALUES, doc.locate(pointer), id);
        continue;
      }
      Optional<BigDecimal> min = Json.optDecimal(f, "min");
      Optional<BigDecimal> max = Json.optDecimal(f, "max");
      if (min.isPresent() && max.isPresent() && min.get().compareTo(max.get()) > 0) {
        problems.add(ProblemCode.FACT_BOUNDS_REVERSED, doc.locate(pointer + "/min"), id, min.get().toPlainString(), max.get().toPlainString());
        continue;
      }
      out.put(id, new FactDefinition(id, type, Json.text(f, "label"), Json.text(f, "question"), Json.optText(f, "unit"),
          Json.texts(f, "values"), min, max, Json.optText(f, "source")));
    }
    return problems.size() == before ? Optional.of(out) : Optional.empty();
  }
}
