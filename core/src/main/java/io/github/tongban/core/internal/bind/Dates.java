package io.github.tongban.core.internal.bind;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.tongban.core.internal.Problems;
import io.github.tongban.core.internal.yaml.YamlDocument;
import io.github.tongban.core.model.Validity;
import io.github.tongban.core.validation.ProblemCode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * The date reader of every file kind: a date the schema let through as text may still be a day
 * that does not exist ({@code 2026-02-30}), and a period may end before it begins; each is reported
 * where it is written.
 */
final class Dates {
  private final YamlDocument doc;
  private final Problems problems;

  /** A reader of the dates of {@code doc}, reporting to {@code problems}. */
  Dates(YamlDocument doc, Problems problems) {
    this.doc = doc;
    this.problems = problems;
  }

  /** The date {@code node} at {@code pointer}, or empty after reporting a day that does not exist. */
  Optional<LocalDate> date(JsonNode node, String pointer) {
    try {
      return Optional.of(LocalDate.parse(node.asText()));
    } catch (DateTimeParseException e) {
      problems.add(ProblemCode.DATE_INVALID, doc.locate(pointer), node.asText());
      return Optional.empty();
    }
  }

  /**
   * The period {@code from}–{@code to} (open when there is no {@code to}) of the object
   * {@code node} at {@code pointer}, or empty after reporting a bad or reversed date.
   */
  Optional<Validity> period(JsonNode node, String pointer) {
    Optional<LocalDate> from = date(node.get("from"), pointer + "/from");
    Optional<LocalDate> to = node.has("to") ? date(node.get("to"), pointer + "/to") : Optional.empty();
    if (from.isEmpty() || (node.has("to") && to.isEmpty())) {
      return Optional.empty();
    }
    if (to.isPresent() && to.get().isBefore(from.get())) {
      problems.add(ProblemCode.DATE_RANGE_REVERSED, doc.locate(pointer + "/to"), from.get(), to.get());
      return Optional.empty();
    }
    return Optional.of(new Validity(from.get(), to));
  }
}
