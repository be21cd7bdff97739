package io.github.tongban.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.tongban.present.FactsJson;
import io.github.tongban.present.SafeText;
import io.github.tongban.present.Texts;
import io.github.tongban.rules.Screening;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * The residents of a JSON Lines or CSV file, one line at a time, for {@code tongban screen}. JSON
 * values are read exactly by {@link FactsJson}; CSV cells are text, typed by the fact dictionary.
 * A line that cannot be read is reported on {@code err} with its number and skipped.
 */
final class ResidentReader implements Iterator<Screening.Resident> {
  private static final Texts TEXTS = Texts.of("input");

  private final BufferedReader in;
  private final boolean csv;
  private final PrintWriter err;
  private final Lang lang;
  private List<String> header;
  private Screening.Resident next;
  private long line;
  /** Characters read so far (for progress). */
  long bytes;
  /** Lines that could not be read. */
  long malformed;

  ResidentReader(BufferedReader in, boolean csv, PrintWriter err, Lang lang) {
    this.in = in;
    this.csv = csv;
    this.err = err;
    this.lang = lang;
  }

  @Override
  public boolean hasNext() {
    while (next == null) {
      String text;
      try {
        text = in.readLine();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      if (text == null) {
        return false;
      }
      line++;
      bytes += text.length() + 1;
      if (text.isBlank()) {
        continue;
      }
      try {
        next = csv ? csvRow(text) : jsonRow(text);
      } catch (IllegalArgumentException e) {
        malformed++;
        err.println(TEXTS.get(lang.language(), "screen.unreadable", String.valueOf(line), SafeText.line(e.getMessage())));
      }
    }
    return true;
  }

  @Override
  public Screening.Resident next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    Screening.Resident r = next;
    next = null;
    return r;
  }

  private Screening.Resident jsonRow(String text) {
    JsonNode node;
    try {
      node = FactsJson.object(text);
    } catch (FactsJson.InvalidJsonException e) {
      throw new IllegalArgumentException(e.text().in(lang.locale()));
    }
    JsonNode id = node.get("id");
    try {
      return new Screening.Resident(id == null || id.isNull() ? String.valueOf(line) : id.asText(), line, FactsJson.facts(node, "id"));
    } catch (FactsJson.InvalidJsonException e) {
      throw new IllegalArgumentException(e.field() + ": " + e.text().in(lang.locale()));
    }
  }

  private Screening.Resident csvRow(String text) {
    List<String> cells = Csv.split(text).orElseThrow(() -> new IllegalArgumentException(TEXTS.get(lang.language(), "csv.quote")));
    if (header == null) {
      header = cells;
      return null;
    }
    if (cells.size() != header.size()) {
      throw new IllegalArgumentException(TEXTS.get(lang.language(), "csv.cells", String.valueOf(cells.size()), String.valueOf(header.size())));
    }
    Map<String, Object> facts = new LinkedHashMap<>();
    String id = String.valueOf(line);
    for (int i = 0; i < cells.size(); i++) {
      if (header.get(i).equals("id")) {
        id = cells.get(i);
      } else if (!cells.get(i).isEmpty()) {
        facts.put(header.get(i), cells.get(i));
      }
    }
    return new Screening.Resident(id, line, facts);
  }
}
