package io.github.tongban.core.scenario;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What a scenario test expects of a decision; every part but the status is optional, and a part
 * that is given must match exactly. Values are the catalogue's words: {@code eligible},
 * {@code exempt}, {@code proxy} and so on. Which scenarios and materials are conditional (they
 * apply only if a condition that is still open holds) is expected apart, by
 * {@code conditionalScenarios} and {@code conditional}.
 *
 * @param status {@code eligible}, {@code ineligible} or {@code needs-info}; or {@code refused}: the
 *     application is not decided at all (e.g. its item is suspended or cancelled)
 * @param reasons wordings that must each be among the reasons' wordings
 * @param reasonMentions texts that must each appear in some reason's Chinese text (the wording
 *     with the values applied), e.g. {@code 810}
 * @param questions the next questions' fact ids, as a set: exactly these, in any order
 * @param followUps the follow-up questions' fact ids, as a set: exactly these, in any order
 * @param scenarios the applying scenarios' ids (conditional ones included), in order
 * @param conditionalScenarios the ids of the scenarios that apply only if an open condition holds,
 *     as a set: exactly these, in any order
 * @param materials every material's id (conditional ones included) and what the applicant does
 *     about it: {@code required}, {@code exempt} or {@code deferrable}
 * @param conditional the ids of the materials needed only if an open condition holds, as a set:
 *     exactly these, in any order
 * @param acceptance {@code accepted}, {@code refused} or {@code undetermined}
 * @param mode {@code local}, {@code online}, {@code proxy} or {@code joint}
 * @param authority the name of the authority that decides, e.g. 金川区民政局
 * @param alternatives the region codes of the alternative service points offered, in order
 * @param due the promised due date
 * @param statutoryDue the statutory due date
 * @param problem with status {@code refused}: one of the codes of the problems it is refused with,
 *     e.g. {@code application.item-suspended}
 * @param latestDue the promised due date when every special procedure outside the statutory limit
 *     takes its longest
 * @param latestStatutoryDue the statutory due date likewise
 */
public record Expectation(String status, Optional<List<String>> reasons, Optional<List<String>> reasonMentions,
    Optional<List<String>> questions, Optional<List<String>> followUps, Optional<List<String>> scenarios,
    Optional<List<String>> conditionalScenarios, Optional<Map<String, String>> materials, Optional<List<String>> conditional,
    Optional<String> acceptance, Optional<String> mode, Optional<String> authority,
    Optional<List<String>> alternatives, Optional<LocalDate> due, Optional<LocalDate> statutoryDue, Optional<String> problem,
    Optional<LocalDate> latestDue, Optional<LocalDate> latestStatutoryDue) {
  public Expectation {
    Objects.requireNonNull(status, "status");
    reasons = reasons.map(List::copyOf);
    reasonMentions = reasonMentions.map(List::copyOf);
    questions = questions.map(List::copyOf);
    followUps = followUps.map(List::copyOf);
    scenarios = scenarios.map(List::copyOf);
    conditionalScenarios = conditionalScenarios.map(List::copyOf);
    materials = materials.map(m -> Collections.unmodifiableMap(new LinkedHashMap<>(m)));
    conditional = conditional.map(List::copyOf);
    Objects.requireNonNull(acceptance, "acceptance");
    Objects.requireNonNull(mode, "mode");
    Objects.requireNonNull(authority, "authority");
    alternatives = alternatives.map(List::copyOf);
    Objects.requireNonNull(due, "due");
    Objects.requireNonNull(statutoryDue, "statutoryDue");
    Objects.requireNonNull(problem, "problem");
    Objects.requireNonNull(latestDue, "latestDue");
    Objects.requireNonNull(latestStatutoryDue, "latestStatutoryDue");
  }

  /** Whether the application is expected to be refused rather than decided. */
  public boolean refused() {
    return status.equals("refused");
  }

  /** The expectation of the first format: status, reasons, questions, scenarios, materials, acceptance, mode, due. */
  public Expectation(String status, Optional<List<String>> reasons, Optional<List<String>> questions,
      Optional<List<String>> scenarios, Optional<Map<String, String>> materials, Optional<String> acceptance,
      Optional<String> mode, Optional<LocalDate> due) {
    this(status, reasons, Optional.empty(), questions, Optional.empty(), scenarios, Optional.empty(), materials, Optional.empty(),
        acceptance, mode,
        Optional.empty(), Optional.empty(), due, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
  }
}
