package io.github.tongban.rules;

import io.github.tongban.core.model.LegalBasis;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Why an application is not (yet) eligible: one condition that fails or cannot be decided yet.
 *
 * @param kind whether the condition fails or is still unknown
 * @param wording the condition as the catalogue words it (or as derived from the fact dictionary)
 * @param basis the legal basis the condition cites, or its nearest enclosing condition cites
 * @param facts the facts the condition tests
 */
public record Reason(Kind kind, String wording, Optional<LegalBasis> basis, List<String> facts) {
  public Reason {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(wording, "wording");
    Objects.requireNonNull(basis, "basis");
    facts = List.copyOf(facts);
  }

  /** The two kinds of reason. */
  public enum Kind {
    /** The condition does not hold. */
    FAILED,
    /** The condition cannot be decided until more facts are known. */
    UNKNOWN
  }
}
