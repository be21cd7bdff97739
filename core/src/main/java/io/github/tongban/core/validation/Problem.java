package io.github.tongban.core.validation;

import io.github.tongban.core.LocalizedText;
import java.util.Locale;
import java.util.Objects;

/**
 * One problem found in a catalogue: what kind, where, what is wrong and what to do about it.
 *
 * @param code the stable kind of problem
 * @param severity how serious it is
 * @param location the file, line, column and JSON pointer
 * @param message what is wrong, in zh-CN and en
 * @param hint what to do about it, in zh-CN and en
 */
public record Problem(
    ProblemCode code, Severity severity, SourceLocation location, LocalizedText message, LocalizedText hint) {
  public Problem {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(hint, "hint");
  }

  /** Whether this problem keeps the catalogue from loading. */
  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /** One line: {@code file:line:column: severity code: message}, in the given locale. */
  public String format(Locale locale) {
    return "%s: %s %s: %s".formatted(
        location, severity.name().toLowerCase(Locale.ROOT), code.code(), message.in(locale));
  }

  @Override
  public String toString() {
    return format(Locale.ENGLISH);
  }
}
