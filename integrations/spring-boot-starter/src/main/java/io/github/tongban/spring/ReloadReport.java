package io.github.tongban.spring;

import io.github.tongban.core.validation.Problem;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * How one load of the catalogue went.
 *
 * @param outcome whether the catalogue it read now serves
 * @param trigger what started it
 * @param at when it ended
 * @param catalogueVersion the version of the catalogue serving after it (the previous one when refused or failed)
 * @param problems every problem of the catalogue it read, errors and warnings (empty when it could not be read at all)
 * @param failure why it failed, when {@link ReloadOutcome#FAILED} (English, for operators); empty otherwise
 */
public record ReloadReport(ReloadOutcome outcome, ReloadTrigger trigger, Instant at, String catalogueVersion, List<Problem> problems,
    String failure) {
  public ReloadReport {
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(trigger, "trigger");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(catalogueVersion, "catalogueVersion");
    problems = List.copyOf(problems);
    failure = Objects.requireNonNullElse(failure, "");
  }

  /** Whether the catalogue read now serves. */
  public boolean loaded() {
    return outcome == ReloadOutcome.LOADED;
  }

  /** The problems that made the catalogue be refused. */
  public List<Problem> errors() {
    return problems.stream().filter(Problem::isError).toList();
  }
}
