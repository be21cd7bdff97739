package io.github.tongban.rules;

import io.github.tongban.core.LocalizedText;
import io.github.tongban.core.TongbanException;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Thrown when an application cannot be decided as given: an unknown item or service point, an
 * unknown fact, or a value that is not of the fact's type. Each problem names what is wrong.
 */
public final class InvalidApplicationException extends TongbanException {
  private static final long serialVersionUID = 1L;

  /** Not serialised: problems are data for the caller. */
  private final transient List<Problem> problems;

  public InvalidApplicationException(List<Problem> problems) {
    super(problems.stream().map(p -> p.field() + ": " + p.message().en()).collect(Collectors.joining("; ")));
    this.problems = List.copyOf(problems);
  }

  /** What is wrong with the application, one problem per field. */
  public List<Problem> problems() {
    return problems;
  }

  /**
   * One thing wrong with an application.
   *
   * @param code a stable code, e.g. {@code application.unknown-fact}
   * @param field the field or fact it concerns, e.g. {@code age}
   * @param message what is wrong, in zh-CN and en
   */
  public record Problem(String code, String field, LocalizedText message) {
    public Problem {
      Objects.requireNonNull(code, "code");
      Objects.requireNonNull(field, "field");
      Objects.requireNonNull(message, "message");
    }
  }
}
