package io.github.tongban.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.tongban.core.model.Catalogue;
import io.github.tongban.present.Json;
import io.github.tongban.present.Language;
import io.github.tongban.present.SafeText;
import io.github.tongban.present.Texts;
import io.github.tongban.rules.DecisionEngine;
import io.github.tongban.rules.Screening;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
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
 * JSON Lines or CSV in ({@link ResidentReader}), JSON Lines out, with constant memory; bad rows are
 * reported with their line number and skipped.
 */
@Command(name = "screen", mixinStandardHelpOptions = true,
    description = "Screen every resident of a JSON Lines or CSV file (columns are fact ids; 'id' names the resident) against items.")
final class ScreenCommand implements Callable<Integer> {
  private static final Texts TEXTS = Texts.of("input");

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
    Language l = common.lang.language();
    for (String code : items) {
      if (loaded.get().item(code).isEmpty()) {
        throw new ParameterException(spec.commandLine(), TEXTS.get(l, "screen.no-item", SafeText.line(code)));
      }
    }
    if (!Files.isRegularFile(residents)) {
      throw new ParameterException(spec.commandLine(), TEXTS.get(l, "screen.no-file", SafeText.line(residents.toString())));
    }
    String name = residents.getFileName().toString().toLowerCase(Locale.ROOT);
    boolean csv = name.endsWith(".csv");
    if (!csv && !name.endsWith(".jsonl") && !name.endsWith(".ndjson")) {
      throw new ParameterException(spec.commandLine(), TEXTS.get(l, "screen.format"));
    }
    PrintWriter err = spec.commandLine().getErr();
    Screening screening = new Screening(CommonOptions.engine(loaded.get()), items,
        date == null ? LocalDate.now(DecisionEngine.CITY_ZONE) : date, threads);
    boolean progress = System.console() != null && out != null;
    long total = progress ? Math.max(1, Files.size(residents)) : 0;
    try (BufferedReader in = Files.newBufferedReader(residents, StandardCharsets.UTF_8);
         Writer w = out == null ? null : new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(out), StandardCharsets.UTF_8))) {
      PrintWriter target = w == null ? spec.commandLine().getOut() : new PrintWriter(w);
      ResidentReader reader = new ResidentReader(in, csv, err, common.lang);
      long[] written = {0};
      Screening.Summary summary = screening.run(reader, row -> {
        ObjectNode n = Json.mapper().createObjectNode().put("resident", row.resident().id()).put("line", row.resident().line())
            .put("item", row.item()).put("status", row.status().name());
        row.nextQuestions().forEach(n.putArray("nextQuestions")::add);
        target.println(n.toString());
        if (progress && ++written[0] % 10_000 == 0) {
          err.print("\r" + TEXTS.get(l, "screen.progress", written[0] / items.size(), Math.min(100, reader.bytes * 100 / total)));
          err.flush();
        }
      }, rejected -> err.println(TEXTS.get(l, "screen.rejected", String.valueOf(rejected.resident().line()),
          SafeText.line(rejected.resident().id()), SafeText.line(String.join("; ", rejected.problem().problems().stream()
              .map(p -> p.field() + ": " + p.message().in(common.lang.locale())).toList())))));
      target.flush();
      if (progress) {
        err.println();
      }
      err.println(TEXTS.get(l, "screen.summary", summary.residents(), summary.rejected(), reader.malformed,
          summary.eligible(), summary.ineligible(), summary.needsInfo()));
      err.flush();
    }
    return ExitCodes.OK;
  }
}
