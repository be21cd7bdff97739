package io.github.tongban.core.validation;

import java.util.Objects;

/**
 * Where a problem sits: a catalogue file (relative to the catalogue folder, with forward
 * slashes), a 1-based line and column, and the JSON pointer of the element in that file.
 *
 * @param file the file, relative to the catalogue folder, e.g. {@code items/620300-001.yaml}
 * @param line the 1-based line, or 0 when the problem concerns the file as a whole
 * @param column the 1-based column, or 0 when the problem concerns the file as a whole
 * @param pointer the JSON pointer (RFC 6901) of the element, empty for the document root
 */
public record SourceLocation(String file, int line, int column, String pointer) {
  public SourceLocation {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(pointer, "pointer");
    if (line < 0 || column < 0) {
      throw new IllegalArgumentException("line %d and column %d must not be negative".formatted(line, column));
    }
  }

  /** A location that names only a file. */
  public static SourceLocation ofFile(String file) {
    return new SourceLocation(file, 0, 0, "");
  }

  /** {@code file:line:column}, the form editors and CI annotations understand. */
  @Override
  public String toString() {
    return line == 0 ? file : file + ":" + line + ":" + column;
  }
}
