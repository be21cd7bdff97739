package io.github.tongban.cli;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import io.github.tongban.present.FactsJson;
import io.github.tongban.present.SafeText;
import io.github.tongban.present.Texts;
import io.github.tongban.rules.ResidentColumns;
import io.github.tongban.rules.Screening;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;

/**
 * The residents of a JSON Lines or CSV file, one record at a time, for {@code tongban screen}.
 * Records come from {@link RecordReader} (each decoded on its own, bounded); CSV cells are split by
 * Jackson's CSV parser and are text, typed by the fact dictionary; JSON values are read exactly by
 * {@link FactsJson} (a duplicate key refuses the line). Every row becomes a resident through
 * {@link ResidentColumns}, the one conversion. A record that cannot be read is reported on
 * {@code err} with its line number and skipped.
 */
final class ResidentReader implements Iterator<Screening.Resident> {
  private static final Texts TEXTS = Texts.of("input");
  private static final CsvFactory CSV = CsvFactory.builder().enable(CsvParser.Feature.TRIM_SPACES).build();
  /** Ignored JSON keys named at most; a hostile file cannot grow the warning without bound. */
  private static final int MAX_NAMED = 50;

  private final RecordReader in;
  private final boolean csv;
  private final ResidentColumns columns;
  private final PrintWriter err;
  private final Lang lang;
  private final Set<String> ignored = new LinkedHashSet<>();
  private final String encoding;
  private final int maxBytes;
  private boolean moreIgnored;
  private List<String> header;
  private Screening.Resident next;
  /** Records that could not be read. */
  long malformed;

  ResidentReader(RecordReader in, boolean csv, ResidentColumns columns, String encoding, int maxBytes, PrintWriter err, Lang lang) {
    this.in = in;
    this.encoding = encoding;
    this.maxBytes = maxBytes;
    this.csv = csv;
    this.columns = columns;
    this.err = err;
    this.lang = lang;
  }

  /**
   * Reads a CSV file's header (the first record that is not blank); what is wrong with it, when it
   * cannot be read or names a column read twice. Nothing for JSON Lines.
   */
  Optional<String> header() throws IOException {
    if (!csv) {
      return Optional.empty();
    }
    Optional<RecordReader.Record> first = in.next();
    if (first.isEmpty()) {
      return Optional.empty();
    }
    try {
      header = cells(first.get());
    } catch (IllegalArgumentException e) {
      return Optional.of(TEXTS.get(lang.language(), "csv.header", e.getMessage()));
    }
    Set<String> seen = new LinkedHashSet<>();
    for (String h : header) {
      if (columns.fact(h).isPresent() && !seen.add(h)) {
        return Optional.of(TEXTS.get(lang.language(), "csv.header", TEXTS.get(lang.language(), "csv.twice", SafeText.line(h))));
      }
    }
    ignored.addAll(columns.ignored(header));
    return Optional.empty();
  }

  /** The columns (CSV) or keys (JSON Lines) met so far that no chosen item reads, neutralised, joined; empty when none. */
  Optional<String> ignored() {
    if (ignored.isEmpty()) {
      return Optional.empty();
    }
    List<String> names = new ArrayList<>();
    ignored.forEach(c -> names.add(SafeText.line(c)));
    if (moreIgnored) {
      names.add("…");
    }
    return Optional.of(String.join(lang.language().pick("、", ", "), names));
  }

  /** Bytes read so far (for progress). */
  long bytes() {
    return in.position();
  }

  @Override
  public boolean hasNext() {
    while (next == null) {
      Optional<RecordReader.Record> record;
      try {
        record = in.next();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      if (record.isEmpty()) {
        return false;
      }
      try {
        next = csv ? csvRow(record.get()) : jsonRow(record.get());
      } catch (IllegalArgumentException e) {
        malformed++;
        err.println(TEXTS.get(lang.language(), "screen.unreadable", String.valueOf(record.get().line()), SafeText.line(e.getMessage())));
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

  /** The record's text; what is wrong with it (as an IllegalArgumentException with the message) when it cannot be read. */
  private String text(RecordReader.Record record) {
    if (record instanceof RecordReader.Text t) {
      return t.text();
    }
    RecordReader.Unreadable u = (RecordReader.Unreadable) record;
    throw new IllegalArgumentException(switch (u.why()) {
      case INVALID_BYTES -> TEXTS.get(lang.language(), "record.bytes", encoding, String.valueOf(u.at()), String.valueOf(u.column()));
      case TOO_LONG -> TEXTS.get(lang.language(), "record.long", String.valueOf(maxBytes));
      case OPEN_QUOTE -> TEXTS.get(lang.language(), "csv.quote");
    });
  }

  private Screening.Resident jsonRow(RecordReader.Record record) {
    JsonNode node;
    try {
      node = FactsJson.object(text(record));
    } catch (FactsJson.InvalidJsonException e) {
      throw new IllegalArgumentException(e.text().in(lang.locale()));
    }
    Map<String, Object> row = new LinkedHashMap<>();
    try {
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        if (columns.fact(e.getKey()).isEmpty()) {
          if (ignored.size() < MAX_NAMED) {
            ignored.add(e.getKey());
          } else {
            moreIgnored |= !ignored.contains(e.getKey());
          }
        } else {
          boolean id = columns.fact(e.getKey()).get().equals(ResidentColumns.ID);
          row.put(e.getKey(), id ? (e.getValue().isNull() ? null : e.getValue().asText()) : FactsJson.value(e.getKey(), e.getValue()));
        }
      }
    } catch (FactsJson.InvalidJsonException e) {
      throw new IllegalArgumentException(e.field() + ": " + e.text().in(lang.locale()));
    }
    return columns.resident(record.line(), row);
  }

  private Screening.Resident csvRow(RecordReader.Record record) {
    List<String> cells = cells(record);
    if (header == null) {
      throw new IllegalStateException("the header is read first");
    }
    if (cells.size() != header.size()) {
      throw new IllegalArgumentException(TEXTS.get(lang.language(), "csv.cells", String.valueOf(cells.size()), String.valueOf(header.size())));
    }
    Map<String, Object> row = new LinkedHashMap<>();
    for (int i = 0; i < cells.size(); i++) {
      if (columns.fact(header.get(i)).isPresent()) {
        row.put(header.get(i), cells.get(i));
      }
    }
    return columns.resident(record.line(), row);
  }

  /** The cells of one CSV record, split by Jackson's CSV parser (RFC 4180 quoting, cells trimmed). */
  private List<String> cells(RecordReader.Record record) {
    String text = text(record);
    List<String> cells = new ArrayList<>();
    try (JsonParser p = CSV.createParser(text)) {
      JsonToken t = p.nextToken();
      if (t == JsonToken.START_ARRAY) {
        while ((t = p.nextToken()) == JsonToken.VALUE_STRING) {
          cells.add(p.getText());
        }
      }
      if (t != JsonToken.END_ARRAY || p.nextToken() != null) {
        throw new IllegalArgumentException(TEXTS.get(lang.language(), "csv.quoting"));
      }
    } catch (IOException e) {
      boolean open = e.getMessage() != null && e.getMessage().startsWith("Missing closing quote");
      throw new IllegalArgumentException(TEXTS.get(lang.language(), open ? "csv.quote" : "csv.quoting"));
    }
    return cells;
  }
}
