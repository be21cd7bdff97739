package io.github.tongban.cli;

import io.github.tongban.core.model.Catalogue;
import io.github.tongban.present.Language;
import io.github.tongban.present.SafeText;
import io.github.tongban.present.ScreeningJson;
import io.github.tongban.present.Texts;
import io.github.tongban.rules.DecisionEngine;
import io.github.tongban.rules.ResidentColumns;
import io.github.tongban.rules.Screening;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
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
 * JSON Lines or CSV in ({@link ResidentReader}), JSON Lines out ({@link ScreeningJson}), with
 * constant memory; bad rows are reported with their line number and skipped, and then the exit
 * code is 1. Only the facts the items read are taken; the summary names them.
 */
@Command(name = "screen", mixinStandardHelpOptions = true,
    description = "Screen every resident of a JSON Lines or CSV file (columns are fact ids; 'id' names the resident) against items.")
final class ScreenCommand implements Callable<Integer> {
  private static final Texts TEXTS = Texts.of("input");

  @Spec
  CommandSpec spec;

  @Mixin
  CommonOptions common;

  @Mixin
  ScreenInput input;

  @Option(names = "--items", required = true, split = ",", paramLabel = "CODES", description = "Comma-separated item codes (a repeat counts once).")
  List<String> items;

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
    if (threads < 1) {
      throw new ParameterException(spec.commandLine(), TEXTS.get(l, "screen.threads", String.valueOf(threads)));
    }
    for (String code : items) {
      if (loaded.get().item(code).isEmpty()) {
        throw new ParameterException(spec.commandLine(), TEXTS.get(l, "screen.no-item", SafeText.line(code)));
      }
    }
    boolean csv = input.csv(spec, l);
    LocalDate day = date == null ? LocalDate.now(DecisionEngine.CITY_ZONE) : date;
    ResidentColumns columns = input.columns(spec, l, loaded.get(), items, day);
    RecordReader records = new RecordReader(input.residents, input.charset(spec, l), csv, input.maxLineBytes);
    PrintWriter err = spec.commandLine().getErr();
    Screening screening = new Screening(CommonOptions.engine(loaded.get()), columns.items(), day, threads);
    ScreeningJson json = new ScreeningJson(columns.factsRead());
    boolean progress = System.console() != null && out != null;
    long total = Math.max(1, Files.size(input.residents));
    try (records; Writer w = out == null ? null : new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(out), StandardCharsets.UTF_8))) {
      PrintWriter target = w == null ? spec.commandLine().getOut() : new PrintWriter(w);
      ResidentReader reader = new ResidentReader(records, csv, columns, input.charset(spec, l).name(), input.maxLineBytes, err, common.lang);
      Optional<String> header = reader.header();
      if (header.isPresent()) {
        err.println(header.get());
        return ExitCodes.FAILURE;
      }
      reader.ignored().ifPresent(names -> err.println(TEXTS.get(l, "screen.ignored", names)));
      long[] written = {0};
      Screening.Summary summary = screening.run(reader, row -> {
        target.println(json.row(row));
        if (progress && ++written[0] % 10_000 == 0) {
          err.print("\r" + TEXTS.get(l, "screen.progress", written[0] / columns.items().size(), Math.min(100, reader.bytes() * 100 / total)));
          err.flush();
        }
      }, rejected -> err.println(TEXTS.get(l, "screen.rejected", String.valueOf(rejected.resident().line()),
          SafeText.line(rejected.resident().id()), SafeText.line(String.join("; ", rejected.problem().problems().stream()
              .map(p -> p.field() + ": " + p.message().in(common.lang.locale())).toList())))));
      target.flush();
      if (progress) {
        err.println();
      }
      if (!csv) {
        reader.ignored().ifPresent(names -> err.println(TEXTS.get(l, "screen.ignored", names)));
      }
      err.println(TEXTS.get(l, "screen.summary", summary.residents(), summary.rejected(), reader.malformed,
          summary.eligible(), summary.ineligible(), summary.needsInfo()));
      columns.factsRead().forEach((item, facts) -> err.println(facts.isEmpty() ? TEXTS.get(l, "screen.reads-nothing", item)
          : TEXTS.get(l, "screen.reads", item, String.join(l.pick("、", ", "), facts))));
      err.flush();
      return summary.rejected() + reader.malformed > 0 ? ExitCodes.FAILURE : ExitCodes.OK;
    }
  }
}
