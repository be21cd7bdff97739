package io.github.tongban.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The cells of one CSV line: RFC 4180 quoting within a line, cells trimmed, all text. */
final class Csv {
  private Csv() {}

  /** The cells of {@code line}; empty when a quote is left open. */
  static Optional<List<String>> split(String line) {
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          cell.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          cell.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        cells.add(cell.toString().trim());
        cell.setLength(0);
      } else {
        cell.append(c);
      }
    }
    if (quoted) {
      return Optional.empty();
    }
    cells.add(cell.toString().trim());
    return Optional.of(cells);
  }
}
