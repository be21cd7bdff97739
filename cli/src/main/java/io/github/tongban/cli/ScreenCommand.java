package io.github.tongban.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.tongban.core.model.Catalogue;
import io.github.tongban.present.FactsJson;
import io.github.tongban.rules.DecisionEngine;
import io.github.tongban.rules.Screening;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code tongban screen}: proactive screening (免申即享) of a residents file against items. Streams
 * JSON Lines or CSV in, JSON Lines out, with constant memory; bad rows are reported with their
 * line number and skipped.
 */
@Command(name = "screen", mixinStandardHelpOptions = true,
    description = "Screen every resident of a JSON Lines or CSV file (columns are fact ids; 'id' names the resident) against items.")
final class ScreenCommand implements Callable<Integer> {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Spec
  CommandSpec spec;

  @Mixin
  CommonOptions common;

  @Option(names = "--items", required = true, split = ",", paramLabel = "CODES", description = "Comma-separated item codes.")
  List<String> items;

  @Option(names = "--residents", required = true, paramLabel = "FILE", description = "Residents as .jsonl (one object per line) or .csv (header of fact ids).")
  Path residents;

  @Option(names = "--out", paramLabel = "FILE", description = "Write the JSON Lines results to FILE (default: standard output).")
  Path out;

  @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "The date of the screening (default: today).")
  LocalDate date;

  @Option(names = "--threads", paramLabel = "N", description = "Threads to decide on (default: every core).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Override
  public Integer call() throws Exception {
    Optional<Catalogue> loaded = common.validCatalogue(spec.commandLine().getErr());
    if (loaded.isEmpty()) {
      return ExitCodes.FAILURE;
    }
    Catalogue catalogue = loaded.get();
    for (String code : items) {
      if (catalogue.item(code).isEmpty()) {
        throw new ParameterException(spec.commandLine(), "the catalogue has no item " + code + " (see tongban list)");
      }
    }
    if (!Files.isRegularFile(residents)) {
      throw new ParameterException(spec.commandLine(), "no residents file " + residents);
    }
    String name = residents.getFileName().toString().toLowerCase(Locale.ROOT);
    boolean csv = name.endsWith(".csv");
    if (!csv && !name.endsWith(".jsonl") && !name.endsWith(".ndjson")) {
      throw new ParameterException(spec.commandLine(), "--residents must be a .jsonl or .csv file");
    }
    PrintWriter err = spec.commandLine().getErr();
    Lang l = common.lang;
    Screening screening = new Screening(DecisionEngine.of(catalogue), items, date == null ? LocalDate.now(DecisionEngine.CITY_ZONE) : date, threads);
    boolean progress = System.console() != null && out != null;
    long total = progress ? Math.max(1, Files.size(residents)) : 0;
    try (BufferedReader in = Files.newBufferedReader(residents, StandardCharsets.UTF_8);
         Writer w = out == null ? null : new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(out), StandardCharsets.UTF_8))) {
      PrintWriter target = w == null ? spec.commandLine().getOut() : new PrintWriter(w);
      ResidentReader reader = new ResidentReader(in, csv, err, l);
      long[] written = {0};
      Screening.Summary summary = screening.run(reader, row -> {
        ObjectNode n = JSON.createObjectNode().put("resident", row.resident().id()).put("line", row.resident().line())
            .put("item", row.item()).put("status", row.status().name());
        row.nextQuestions().forEach(n.putArray("nextQuestions")::add);
        target.println(n.toString());
        if (progress && ++written[0] % 10_000 == 0) {
          err.printf("\r%s %,d (%d%%)", l.pick("已处理", "screened"), written[0] / items.size(), Math.min(100, reader.bytes * 100 / total));
          err.flush();
        }
      }, rejected -> err.printf(l.pick("第 %d 行 (%s):%s,已跳过%n", "line %d (%s): %s; skipped%n"), rejected.resident().line(), rejected.resident().id(),
          String.join("; ", rejected.problem().problems().stream().map(p -> p.field() + ": " + p.message().in(l.locale())).toList())));
      target.flush();
      if (progress) {
        err.println();
      }
      err.printf(l.pick("居民 %d 人(跳过 %d 行,格式错误 %d 行);符合条件 %d,不符合 %d,需补充信息 %d%n",
              "%d residents (%d skipped, %d malformed lines); eligible %d, ineligible %d, needs info %d%n"),
          summary.residents(), summary.rejected(), reader.malformed, summary.eligible(), summary.ineligible(), summary.needsInfo());
      err.flush();
    }
    return ExitCodes.OK;
  }

  /** Reads residents one line at a time; a line that cannot be parsed is reported with its number and skipped. */
  static final class ResidentReader implements Iterator<Screening.Resident> {
    private final BufferedReader in;
    private final boolean csv;
    private final PrintWriter err;
    private final Lang lang;
    private List<String> header;
    private Screening.Resident next;
    private long line;
    long bytes;
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
          err.printf(lang.pick("第 %d 行无法读取:%s,已跳过%n", "line %d cannot be read: %s; skipped%n"), line, e.getMessage());
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
      List<String> cells = Csv.split(text);
      if (header == null) {
        header = cells;
        return null;
      }
      if (cells.size() != header.size()) {
        throw new IllegalArgumentException("%d cells, the header has %d".formatted(cells.size(), header.size()));
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

  /** CSV cells of one line (RFC 4180 quoting within a line). */
  static final class Csv {
    private Csv() {}

    static List<String> split(String line) {
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
        throw new IllegalArgumentException("an unclosed quote");
      }
      cells.add(cell.toString().trim());
      return cells;
    }
  }
}
