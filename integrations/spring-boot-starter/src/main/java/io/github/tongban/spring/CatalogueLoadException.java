package io.github.tongban.spring;

import io.github.tongban.core.TongbanException;
import io.github.tongban.core.validation.Problem;
import io.github.tongban.present.Language;
import io.github.tongban.present.ProblemFormat;
import java.util.List;

/**
 * Thrown at startup when the catalogue to serve cannot be loaded: it has errors, its folder is
 * missing, or no catalogue is configured at all. Carries every problem; the application does not
 * start, and Spring Boot's failure report lists the problems.
 */
public final class CatalogueLoadException extends TongbanException {
  private static final long serialVersionUID = 1L;

  /** Not serialised: problems are data for the caller, not for a stream. */
  private final transient List<Problem> problems;
  private final String source;

  /** The catalogue of {@code source} has these problems, some of them errors. */
  public CatalogueLoadException(String source, List<Problem> problems) {
    super(summary(source, problems));
    this.source = source;
    this.problems = List.copyOf(problems);
  }

  /** No catalogue can be read at all, for the reason given (English, for operators). */
  public CatalogueLoadException(String reason) {
    super(reason);
    this.source = "";
    this.problems = List.of();
  }

  /** Every problem of the catalogue, errors and warnings; empty when none was read. */
  public List<Problem> problems() {
    return problems;
  }

  /** What was read: the folder or the bundled sample; empty when nothing was. */
  public String source() {
    return source;
  }

  private static String summary(String source, List<Problem> problems) {
    List<Problem> errors = problems.stream().filter(Problem::isError).toList();
    StringBuilder out = new StringBuilder("the tongban catalogue ").append(io.github.tongban.present.SafeText.line(source))
        .append(" has ").append(errors.size()).append(" error(s) and cannot be served:");
    errors.stream().limit(20).forEach(p -> out.append("\n  ").append(ProblemFormat.line(p, Language.EN)));
    if (errors.size() > 20) {
      out.append("\n  ...");
    }
    return out.toString();
  }
}
