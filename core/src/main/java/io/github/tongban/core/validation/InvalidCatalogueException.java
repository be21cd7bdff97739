package io.github.tongban.core.validation;

import io.github.tongban.core.TongbanException;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Thrown when a catalogue that has errors is asked for; carries every problem. */
public final class InvalidCatalogueException extends TongbanException {
  private static final long serialVersionUID = 1L;

  /** Not serialised: problems are data for the caller, not for a stream. */
  private final transient List<Problem> problems;

  public InvalidCatalogueException(List<Problem> problems) {
    super(summary(problems));
    this.problems = List.copyOf(problems);
  }

  /** Every problem found, errors and warnings. */
  public List<Problem> problems() {
    return problems;
  }

  private static String summary(List<Problem> problems) {
    List<Problem> errors = problems.stream().filter(Problem::isError).toList();
    return errors.size() + " error(s) in the catalogue:\n"
        + errors.stream().limit(20).map(p -> "  " + p.format(Locale.ENGLISH)).collect(Collectors.joining("\n"))
        + (errors.size() > 20 ? "\n  ..." : "");
  }
}
