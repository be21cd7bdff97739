package io.github.tongban.cli;

import io.github.tongban.core.model.Catalogue;
import io.github.tongban.present.Language;
import io.github.tongban.present.SafeText;
import io.github.tongban.present.Texts;
import io.github.tongban.rules.ResidentColumns;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** The options of {@code tongban screen} that say how to read the residents file, checked as usage errors. */
final class ScreenInput {
  private static final Texts TEXTS = Texts.of("input");
  /** The encodings taken: in each, the bytes of {@code , " \n \r} never occur inside a character ({@link RecordReader}). */
  private static final Set<String> ENCODINGS = Set.of("UTF-8", "GB18030", "GBK");

  @Option(names = "--residents", required = true, paramLabel = "FILE", description = "Residents as .jsonl (one object per line) or .csv (a header row of fact ids).")
  Path residents;

  @Option(names = "--encoding", paramLabel = "CHARSET", description = "The file's encoding: UTF-8 (default), GB18030 or GBK. A byte-order mark is dropped.")
  String encoding = "UTF-8";

  @Option(names = "--columns", split = ",", paramLabel = "FACT=COLUMN", description = "The column (or JSON key) of a fact not named as the fact, e.g. id=IDNO,age=AGE.")
  List<String> columns = List.of();

  @Option(names = "--max-line-bytes", paramLabel = "N", description = "Refuse a line (a CSV record) longer than N bytes (default: 1048576); the rest of the file is read.")
  int maxLineBytes = RecordReader.DEFAULT_MAX_BYTES;

  /** The file's encoding. */
  Charset charset(CommandSpec spec, Language l) {
    try {
      Charset c = Charset.forName(encoding);
      if (ENCODINGS.contains(c.name())) {
        return c;
      }
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      // said below, as for an encoding not taken
    }
    throw new ParameterException(spec.commandLine(), TEXTS.get(l, "screen.encoding", SafeText.line(encoding)));
  }

  /** Whether the file is CSV (else JSON Lines), after checking that it exists and the bound. */
  boolean csv(CommandSpec spec, Language l) {
    if (!Files.isRegularFile(residents)) {
      throw new ParameterException(spec.commandLine(), TEXTS.get(l, "screen.no-file", SafeText.line(residents.toString())));
    }
    if (maxLineBytes < 1) {
      throw new ParameterException(spec.commandLine(), TEXTS.get(l, "screen.max-bytes", String.valueOf(maxLineBytes)));
    }
    String name = residents.getFileName().toString().toLowerCase(Locale.ROOT);
    if (!name.endsWith(".csv") && !name.endsWith(".jsonl") && !name.endsWith(".ndjson")) {
      throw new ParameterException(spec.commandLine(), TEXTS.get(l, "screen.format"));
    }
    return name.endsWith(".csv");
  }

  /** The columns of a screening of {@code items} on {@code date}, with the {@code --columns} mapping. */
  ResidentColumns columns(CommandSpec spec, Language l, Catalogue catalogue, List<String> items, LocalDate date) {
    Map<String, String> columnOfFact = new LinkedHashMap<>();
    Set<String> named = new java.util.HashSet<>();
    for (String pair : columns) {
      int eq = pair.indexOf('=');
      if (eq < 1 || eq == pair.length() - 1) {
        throw new ParameterException(spec.commandLine(), TEXTS.get(l, "screen.column-syntax", SafeText.line(pair)));
      }
      String fact = pair.substring(0, eq).trim();
      String column = pair.substring(eq + 1).trim();
      if (!fact.equals(ResidentColumns.ID) && catalogue.fact(fact).isEmpty()) {
        throw new ParameterException(spec.commandLine(), TEXTS.get(l, "screen.column-fact", SafeText.line(fact)));
      }
      if (!named.add(column) || columnOfFact.put(fact, column) != null) {
        throw new ParameterException(spec.commandLine(), TEXTS.get(l, "screen.column-twice", SafeText.line(column)));
      }
    }
    return ResidentColumns.of(catalogue, items, date, columnOfFact);
  }
}
