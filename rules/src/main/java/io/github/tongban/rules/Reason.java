package io.github.tongban.rules;

import io.github.tongban.core.LocalizedText;
import io.github.tongban.core.model.LegalBasis;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One condition behind the status: a condition that fails or cannot be decided yet (for an
 * application that is not eligible), or one that holds (for an eligible one), with the values
 * it applied.
 *
 * @param kind whether the condition fails, is still open, or holds
 * @param wording the condition in Chinese and English, as the catalogue words it (the same in both) or as
 *     derived from the fact dictionary (see {@link io.github.tongban.core.wording.ConditionWording})
 * @param basis the legal basis the condition cites, or its nearest enclosing condition cites
 * @param facts the facts the condition tests
 * @param applied each comparison under the condition whose fact is known, with the values applied
 */
public record Reason(Kind kind, LocalizedText wording, Optional<LegalBasis> basis, List<String> facts, List<AppliedValue> applied) {
  public Reason {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(wording, "wording");
    Objects.requireNonNull(basis, "basis");
    facts = List.copyOf(facts);
    applied = List.copyOf(applied);
  }

  /**
   * The condition with the values applied, e.g. 年满80周岁(年龄 70 周岁,低于 80 周岁) / 年满80周岁
   * (年龄 70 周岁, below 80 周岁).
   */
  public LocalizedText text() {
    if (applied.isEmpty()) {
      return wording;
    }
    StringBuilder zh = new StringBuilder(wording.zh()).append('(');
    StringBuilder en = new StringBuilder(wording.en()).append(" (");
    for (int i = 0; i < applied.size(); i++) {
      zh.append(i == 0 ? "" : ";").append(applied.get(i).text().zh());
      en.append(i == 0 ? "" : "; ").append(applied.get(i).text().en());
    }
    return new LocalizedText(zh.append(')').toString(), en.append(')').toString());
  }

  /** The three kinds of reason. */
  public enum Kind {
    /** The condition does not hold. */
    FAILED,
    /** The condition cannot be decided until more facts are known. */
    UNKNOWN,
    /** The condition holds (the reasons of an eligible decision). */
    MET
  }
}
