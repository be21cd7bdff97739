package io.github.tongban.core.scenario;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What a scenario test expects of a decision; every part but the status is optional, and a part
 * that is given must match exactly. Values are the catalogue's words: {@code eligible},
 * {@code exempt}, {@code proxy} and so on.
 *
 * @param status {@code eligible}, {@code ineligible} or {@code needs-info}
 * @param reasons the wordings of the failed or unknown conditions
 * @param questions the next questions' fact ids, in order
 * @param scenarios the applying scenarios' ids, in order
 * @param materials every material's id and what the applicant does about it
 * @param acceptance {@code accepted}, {@code refused} or {@code undetermined}
 * @param mode {@code local}, {@code online}, {@code proxy} or {@code joint}
 * @param due the promised due date
 */
public record Expectation(String status, Optional<List<String>> reasons, Optional<List<String>> questions,
    Optional<List<String>> scenarios, Optional<Map<String, String>> materials, Optional<String> acceptance,
    Optional<String> mode, Optional<LocalDate> due) {
  public Expectation {
    Objects.requireNonNull(status, "status");
    reasons = reasons.map(List::copyOf);
    questions = questions.map(List::copyOf);
    scenarios = scenarios.map(List::copyOf);
    materials = materials.map(m -> java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(m)));
    Objects.requireNonNull(acceptance, "acceptance");
    Objects.requireNonNull(mode, "mode");
    Objects.requireNonNull(due, "due");
  }
}
