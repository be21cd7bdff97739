package io.github.tongban.cli;

import io.github.tongban.present.FactsJson;
import io.github.tongban.present.Language;
import io.github.tongban.present.SafeText;
import io.github.tongban.present.Texts;
import io.github.tongban.rules.Application;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** The options that describe one application: item, place, date and known facts. */
final class ApplicationOptions {
  private static final Texts TEXTS = Texts.of("input");

  @Option(names = "--item", required = true, paramLabel = "CODE", description = "The item code, e.g. 620300-MZ-002 (see tongban list).")
  String item;

  @Option(names = "--at", paramLabel = "POINT", description = "The region code of the service point; omit for an online application.")
  String at;

  @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "The application date (default: today).")
  LocalDate date;

  @Option(names = "--fact", paramLabel = "NAME=VALUE", description = "A known fact, e.g. --fact age=82 (repeatable).")
  Map<String, String> facts = new LinkedHashMap<>();

  @Option(names = "--facts", paramLabel = "FILE", description = "Known facts as a JSON object of fact ids to values.")
  Path factsFile;

  /** The application these options describe; a --facts file that cannot be read is a usage error. */
  Application application(CommandLine cmd) {
    Application.Builder b = Application.forItem(item).facts(readFactsFile(cmd)).facts(facts);
    if (at != null) {
      b.at(at);
    }
    if (date != null) {
      b.on(date);
    }
    return b.build();
  }

  private Map<String, Object> readFactsFile(CommandLine cmd) {
    if (factsFile == null) {
      return Map.of();
    }
    Language language = language(cmd);
    String file = SafeText.line(factsFile.toString());
    try {
      return FactsJson.facts(FactsJson.object(Files.readAllBytes(factsFile)));
    } catch (IOException e) {
      throw new ParameterException(cmd, TEXTS.get(language, "facts.unreadable", file));
    } catch (FactsJson.InvalidJsonException e) {
      throw new ParameterException(cmd, TEXTS.get(language, "facts.invalid", file, SafeText.line(e.field()),
          e.text().in(language.locale())));
    }
  }

  /** The language of the command's {@code --lang} option (Chinese when it has none). */
  private static Language language(CommandLine cmd) {
    OptionSpec lang = cmd.getCommandSpec().findOption("--lang");
    return lang != null && lang.getValue() == Lang.en ? Language.EN : Language.ZH;
  }
}
