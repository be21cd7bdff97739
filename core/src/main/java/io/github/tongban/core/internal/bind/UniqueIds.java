package io.github.tongban.core.internal.bind;

import io.github.tongban.core.internal.Problems;
import io.github.tongban.core.internal.yaml.YamlDocument;
import io.github.tongban.core.validation.ProblemCode;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The duplicate-id check of every list in a file: the ids taken so far, each repeat reported where
 * it is written ({@code id.duplicate}, or the code the list's kind of id has).
 */
final class UniqueIds {
  private final YamlDocument doc;
  private final Problems problems;
  private final ProblemCode code;
  private final Set<String> taken = new LinkedHashSet<>();

  /** The ids of one list of {@code doc}, a repeat reported to {@code problems} as {@code id.duplicate}. */
  UniqueIds(YamlDocument doc, Problems problems) {
    this(doc, problems, ProblemCode.ID_DUPLICATE);
  }

  /** The ids of one list of {@code doc}, a repeat reported to {@code problems} as {@code code}. */
  UniqueIds(YamlDocument doc, Problems problems, ProblemCode code) {
    this.doc = doc;
    this.problems = problems;
    this.code = code;
  }

  /** Takes {@code id}, written at {@code pointer}; false after reporting it when it was taken before. */
  boolean add(String id, String pointer) {
    return taken.add(id) || repeated(id, pointer);
  }

  /**
   * Whether {@code id}, written at {@code pointer}, is not taken yet; reports it when it is. Does
   * not take it: for a list in which only the entries that bind take their id ({@link #add} them then).
   */
  boolean isNew(String id, String pointer) {
    return !taken.contains(id) || repeated(id, pointer);
  }

  /** The ids taken, in the order they were first written. */
  Set<String> ids() {
    return Collections.unmodifiableSet(taken);
  }

  private boolean repeated(String id, String pointer) {
    problems.add(code, doc.locate(pointer), id);
    return false;
  }
}
