package io.github.tongban.rules;

import io.github.tongban.core.LocalizedText;
import io.github.tongban.core.condition.Operator;
import io.github.tongban.core.model.LegalBasis;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One comparison of a reason with the values it applied: the fact's value, the comparison, and
 * the literal or the parameter it was compared with (with the period that parameter value is in
 * force), e.g. 家庭月人均收入 800 元/月,不高于城市低保标准 810 元/月(自 2026-01-01 起).
 *
 * @param fact the fact id
 * @param label the fact's name in the fact dictionary
 * @param value the fact's value as the applicant gave it (numbers exact, plain notation)
 * @param unit the fact's unit
 * @param operator the comparison the condition makes
 * @param holds whether the comparison holds for this value
 * @param threshold what the fact was compared with: a literal, a list, the parameter's value, or a region code
 * @param parameter the id of the parameter compared with, when it is one
 * @param parameterLabel the parameter's name
 * @param inForceFrom the first day the parameter's value applies
 * @param inForceTo the last day the parameter's value applies, when it has one
 * @param basis the legal basis that sets the parameter
 * @param outsideCity whether the value is a region code outside the catalogue's region tree (elsewhere)
 * @param text the comparison in words, in zh-CN and en
 */
public record AppliedValue(String fact, String label, String value, Optional<String> unit, Operator operator, boolean holds,
    String threshold, Optional<String> parameter, Optional<String> parameterLabel, Optional<LocalDate> inForceFrom,
    Optional<LocalDate> inForceTo, Optional<LegalBasis> basis, boolean outsideCity, LocalizedText text) {
  public AppliedValue {
    Objects.requireNonNull(fact, "fact");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(operator, "operator");
    Objects.requireNonNull(threshold, "threshold");
    Objects.requireNonNull(parameter, "parameter");
    Objects.requireNonNull(parameterLabel, "parameterLabel");
    Objects.requireNonNull(inForceFrom, "inForceFrom");
    Objects.requireNonNull(inForceTo, "inForceTo");
    Objects.requireNonNull(basis, "basis");
    Objects.requireNonNull(text, "text");
    if (parameter.isPresent() != inForceFrom.isPresent()) {
      throw new IllegalArgumentException("fact %s: a parameter comparison names the date its value is in force from, and only it"
          .formatted(fact));
    }
  }
}
