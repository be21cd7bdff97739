package io.github.tongban.core.internal;

import io.github.tongban.core.validation.Problem;
import io.github.tongban.core.validation.ProblemCode;
import io.github.tongban.core.validation.Severity;
import io.github.tongban.core.validation.SourceLocation;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects the problems of one load, in the order found, keeping at most a cap of them: the rest
 * are counted (never built, so a folder of 100,000 broken files costs no memory for them) and
 * reported as one last problem, {@code catalogue.more-problems}.
 */
public final class Problems {
  private final List<Problem> list = new ArrayList<>();
  private final int cap;
  /** Every problem added, kept or not: what {@link #size()} counts. */
  private int added;
  /** How many were not kept, and whether one of those is an error. */
  private int hidden;
  private boolean hiddenError;
  /** The {@link #added} count just after the last error was added; 0 before the first. */
  private int errorsUpTo;

  /** A collector without a cap (the problems of one file, bounded by the file's own caps). */
  public Problems() {
    this(Integer.MAX_VALUE);
  }

  /** A collector that keeps the first {@code cap} problems. */
  public Problems(int cap) {
    if (cap <= 0) {
      throw new IllegalArgumentException("cap must be positive, was " + cap);
    }
    this.cap = cap;
  }

  /** Records a problem of the given kind; {@code args} fill its message. */
  public void add(ProblemCode code, SourceLocation location, Object... args) {
    if (list.size() < cap) {
      keep(Messages.problem(code, location, args));
    } else {
      count(code.severity());
    }
  }

  /** Records every problem of {@code other}, in its order, after those recorded so far. */
  public void addAll(Problems other) {
    for (Problem p : other.list) {
      if (list.size() < cap) {
        keep(p);
      } else {
        count(p.severity());
      }
    }
    for (int i = 0; i < other.hidden; i++) {
      count(other.hiddenError && i == 0 ? Severity.ERROR : Severity.WARNING);
    }
  }

  /** Records {@code found}, problems already made (e.g. on a scratch collector), in their order. */
  public void addAll(List<Problem> found) {
    for (Problem p : found) {
      if (list.size() < cap) {
        keep(p);
      } else {
        count(p.severity());
      }
    }
  }

  private void keep(Problem p) {
    list.add(p);
    added++;
    if (p.isError()) {
      errorsUpTo = added;
    }
  }

  private void count(Severity severity) {
    added++;
    hidden++;
    if (severity == Severity.ERROR) {
      hiddenError = true;
      errorsUpTo = added;
    }
  }

  public boolean hasErrors() {
    return errorsUpTo > 0;
  }

  /** Whether any problem recorded after the first {@code count} (a {@link #size()} seen before) is an error. */
  public boolean hasErrorsSince(int count) {
    return errorsUpTo > count;
  }

  /** How many problems were recorded, kept or not. */
  public int size() {
    return added;
  }

  /**
   * The problems kept, and when some were not, one last problem that counts them: an error when
   * one of them is.
   */
  public List<Problem> toList() {
    if (hidden == 0) {
      return List.copyOf(list);
    }
    List<Problem> out = new ArrayList<>(list);
    Problem more = Messages.problem(ProblemCode.CATALOGUE_MORE_PROBLEMS, SourceLocation.ofFile("."), hidden, added);
    out.add(new Problem(more.code(), hiddenError ? Severity.ERROR : Severity.WARNING, more.location(), more.message(), more.hint()));
    return List.copyOf(out);
  }
}
