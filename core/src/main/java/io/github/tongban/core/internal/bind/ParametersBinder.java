package io.github.tongban.core.internal.bind;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.tongban.core.condition.FactType;
import io.github.tongban.core.condition.Value;
import io.github.tongban.core.internal.Problems;
import io.github.tongban.core.internal.yaml.YamlDocument;
import io.github.tongban.core.model.LegalBasis;
import io.github.tongban.core.model.Parameter;
import io.github.tongban.core.model.ParameterValue;
import io.github.tongban.core.model.Validity;
import io.github.tongban.core.validation.ProblemCode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Binds {@code parameters.yaml}, the dated parameters: unique ids, real periods, values of the
 * parameter's type, no two values in force on the same day.
 */
public final class ParametersBinder {
  private ParametersBinder() {}

  /**
   * The parameters of {@code doc}, which passed its schema, by id in file order; empty when the file
   * has a problem, each reported to {@code problems}.
   */
  public static Optional<Map<String, Parameter>> bind(YamlDocument doc, Problems problems) {
    int before = problems.size();
    Dates dates = new Dates(doc, problems);
    // only a parameter that binds takes its id: a repeat of one that did not is not reported again
    UniqueIds ids = new UniqueIds(doc, problems);
    Map<String, Parameter> out = new LinkedHashMap<>();
    JsonNode list = doc.root().get("parameters");
    for (int i = 0; i < list.size(); i++) {
      JsonNode p = list.get(i);
      String pointer = "/parameters/" + i;
      String id = Json.text(p, "id");
      if (!ids.isNew(id, pointer + "/id")) {
        continue;
      }
      FactType type = Json.enumValue(FactType.class, Json.text(p, "type"));
      List<ParameterValue> values = new ArrayList<>();
      JsonNode vs = p.get("values");
      int parameterBefore = problems.size();
      for (int j = 0; j < vs.size(); j++) {
        String vp = pointer + "/values/" + j;
        Optional<Validity> validity = dates.period(vs.get(j), vp);
        Optional<Value> value = Literals.of(type, vs.get(j).get("value"));
        if (value.isEmpty()) {
          problems.add(ProblemCode.PARAMETER_VALUE_TYPE, doc.locate(vp + "/value"), id, type.yamlName(), vs.get(j).get("value").asText());
        }
        if (validity.isPresent() && value.isPresent()) {
          for (ParameterValue earlier : values) {
            if (earlier.validity().overlaps(validity.get())) {
              problems.add(ProblemCode.PARAMETER_OVERLAP, doc.locate(vp + "/from"), id, validity.get().from(), earlier.validity().from());
            }
          }
          values.add(new ParameterValue(validity.get(), value.get()));
        }
      }
      if (problems.size() == parameterBefore) {
        JsonNode b = p.get("basis");
        LegalBasis basis = new LegalBasis(id, Json.text(b, "title"), Json.text(b, "article"), Json.optText(b, "url"), Optional.empty());
        ids.add(id, pointer + "/id");
        out.put(id, new Parameter(id, Json.text(p, "label"), type, Json.optText(p, "unit"), basis, values));
      }
    }
    return problems.size() == before ? Optional.of(out) : Optional.empty();
  }
}
