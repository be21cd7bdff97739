package io.github.tongban.core.internal;

import io.github.tongban.core.validation.Problem;
import io.github.tongban.core.validation.ProblemCode;
import io.github.tongban.core.validation.SourceLocation;
import java.util.ArrayList;
import java.util.List;

/** Collects the problems of one load, in the order found. */
public final class Problems {
  private final List<Problem> list = new ArrayList<>();

  /** Records a problem of the given kind; {@code args} fill its message. */
  public void add(ProblemCode code, SourceLocation location, Object... args) {
    list.add(Messages.problem(code, location, args));
  }

  /** Records every problem of {@code other}, in its order, after those recorded so far. */
  public void addAll(Problems other) {
    list.addAll(other.list);
  }

  public boolean hasErrors() {
    return list.stream().anyMatch(Problem::isError);
  }

  /** Whether any problem recorded after the first {@code count} is an error. */
  public boolean hasErrorsSince(int count) {
    return list.subList(count, list.size()).stream().anyMatch(Problem::isError);
  }

  public int size() {
    return list.size();
  }

  public List<Problem> toList() {
    return List.copyOf(list);
  }
}
