package io.github.tongban.core.load;

import io.github.tongban.core.model.Catalogue;
import io.github.tongban.core.validation.InvalidCatalogueException;
import io.github.tongban.core.validation.Problem;
import io.github.tongban.core.validation.ProblemCode;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of loading a catalogue: the catalogue when no problem is an error, and every
 * problem found, sorted by file, line and column. Never a half-loaded catalogue.
 *
 * @param catalogue the catalogue; present exactly when {@link #problems()} holds no error
 * @param problems every problem found, errors and warnings
 */
public record LoadResult(Optional<Catalogue> catalogue, List<Problem> problems) {
  private static final Comparator<Problem> ORDER = Comparator
      // the count of the problems not shown comes last
      .comparing((Problem p) -> p.code() == ProblemCode.CATALOGUE_MORE_PROBLEMS)
      .thenComparing((Problem p) -> p.location().file())
      .thenComparingInt(p -> p.location().line())
      .thenComparingInt(p -> p.location().column())
      .thenComparing(p -> p.code().code());

  public LoadResult {
    Objects.requireNonNull(catalogue, "catalogue");
    problems = problems.stream().sorted(ORDER).toList();
    boolean hasErrors = problems.stream().anyMatch(Problem::isError);
    if (catalogue.isPresent() == hasErrors) {
      throw new IllegalArgumentException("a catalogue is present exactly when there is no error");
    }
  }

  /** Whether the catalogue loaded. */
  public boolean isValid() {
    return catalogue.isPresent();
  }

  /** The problems that keep the catalogue from loading. */
  public List<Problem> errors() {
    return problems.stream().filter(Problem::isError).toList();
  }

  /** The problems that do not keep it from loading. */
  public List<Problem> warnings() {
    return problems.stream().filter(p -> !p.isError()).toList();
  }

  /** The catalogue, or an {@link InvalidCatalogueException} carrying every problem. */
  public Catalogue orElseThrow() {
    return catalogue.orElseThrow(() -> new InvalidCatalogueException(problems));
  }
}
