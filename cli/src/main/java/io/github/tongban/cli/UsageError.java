package io.github.tongban.cli;

import io.github.tongban.core.LocalizedText;
import io.github.tongban.present.Language;
import io.github.tongban.present.SafeText;
import io.github.tongban.present.Texts;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;

/**
 * A usage error a command finds itself (a bad value or combination of options), worded in both
 * languages; and the handler that reports every usage error, picocli's own included, in the
 * language of the run ({@code --lang}, Chinese by default), then how to get help, with exit code 2.
 * A command throws {@code UsageError.of(spec, "须给出 --item。", "Give --item.")}.
 */
final class UsageError extends ParameterException {
  private static final long serialVersionUID = 1L;
  /** The command line's own texts (bundle {@code formats}). */
  static final Texts TEXTS = Texts.of("formats");

  private final transient LocalizedText text;

  private UsageError(CommandLine commandLine, LocalizedText text) {
    super(commandLine, text.en());
    this.text = text;
  }

  /** The usage error of {@code spec}'s command, in Chinese and English. */
  static UsageError of(CommandSpec spec, String zh, String en) {
    return new UsageError(spec.commandLine(), new LocalizedText(zh, en));
  }

  /** The usage error of {@code spec}'s command, worded in each language by {@code text}, e.g. from a resource bundle. */
  static UsageError of(CommandSpec spec, Function<Language, String> text) {
    return of(spec, text.apply(Language.ZH), text.apply(Language.EN));
  }

  /** The language a command line asks for: {@code --lang en} or {@code --lang=en}; Chinese otherwise. */
  static Language language(List<String> args) {
    Language language = Language.ZH;
    for (int i = 0; i < args.size() && !args.get(i).equals("--"); i++) {
      String a = args.get(i);
      if (a.equals("--lang") && i + 1 < args.size()) {
        language = args.get(i + 1).equals("en") ? Language.EN : Language.ZH;
      } else if (a.startsWith("--lang=")) {
        language = a.equals("--lang=en") ? Language.EN : Language.ZH;
      }
    }
    return language;
  }

  /** Reports {@code e} on the command's error stream in the run's language; the exit code is {@link ExitCodes#USAGE}. */
  static int handle(ParameterException e, String[] args) {
    Language language = language(List.of(args));
    CommandLine cmd = e.getCommandLine();
    PrintWriter err = cmd.getErr();
    err.println(SafeText.line(message(e, language, args)));
    err.println(SafeText.line(TEXTS.get(language, "usage.help", cmd.getCommandSpec().qualifiedName())));
    err.flush();
    return ExitCodes.USAGE;
  }

  private static String message(ParameterException e, Language language, String[] args) {
    if (e instanceof UsageError u) {
      return u.text.in(language.locale());
    }
    if (e instanceof CommandLine.MissingParameterException m) {
      ArgSpec first = m.getMissing().get(0);
      return TEXTS.get(language, first.isOption() ? "usage.missing-option" : "usage.missing-argument",
          m.getMissing().stream().map(UsageError::nameAndLabel).collect(Collectors.joining(language.pick("、", ", "))));
    }
    if (e instanceof CommandLine.UnmatchedArgumentException u) {
      // the first argument not understood; picocli lists every one after it too
      String text = TEXTS.get(language, u.isUnknownOption() ? "usage.unknown-option" : "usage.unknown-argument", u.getUnmatched().get(0));
      return u.getSuggestions().isEmpty() ? text
          : text + language.pick("", " ") + TEXTS.get(language, "usage.suggest", String.join(language.pick("、", ", "), u.getSuggestions()));
    }
    if (e instanceof CommandLine.OverwrittenOptionException o) {
      return TEXTS.get(language, "usage.overwritten", name(o.getOverwritten()));
    }
    ArgSpec arg = e.getArgSpec();
    if (arg != null && e.getValue() != null) {
      Class<?> type = arg.type();
      if (type == LocalDate.class) {
        return TEXTS.get(language, "usage.date", name(arg), e.getValue());
      }
      if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
        return TEXTS.get(language, "usage.number", name(arg), e.getValue());
      }
      if (type.isEnum() && arg.completionCandidates() != null) {
        String choices = StreamSupport.stream(arg.completionCandidates().spliterator(), false).collect(Collectors.joining(language.pick("、", ", ")));
        return TEXTS.get(language, "usage.choice", name(arg), e.getValue(), choices);
      }
      return TEXTS.get(language, "usage.value", name(arg), e.getValue());
    }
    String said = Objects.toString(e.getMessage(), "");
    // a command's own ParameterException may already be worded in the run's language; picocli's own are English
    boolean inLanguage = language == Language.EN || (e.getClass() == ParameterException.class && said.codePoints().anyMatch(UsageError::isHan));
    return inLanguage ? said : TEXTS.get(language, "usage.other", offending(e, args));
  }

  private static boolean isHan(int cp) {
    return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
  }

  private static String name(ArgSpec arg) {
    return arg instanceof OptionSpec o ? o.longestName() : arg.paramLabel();
  }

  /** An option with what it takes ({@code --item CODE}), or a positional parameter's label. */
  private static String nameAndLabel(ArgSpec arg) {
    return arg instanceof OptionSpec o && o.arity().max() > 0 ? o.longestName() + " " + o.paramLabel() : name(arg);
  }

  /** The argument a generic error is about, or else the whole command line: picocli's own wording is English. */
  private static String offending(ParameterException e, String[] args) {
    if (e.getValue() != null) {
      return e.getValue();
    }
    return e.getArgSpec() != null ? name(e.getArgSpec()) : String.join(" ", args);
  }
}
