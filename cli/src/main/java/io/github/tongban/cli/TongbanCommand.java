package io.github.tongban.cli;

import io.github.tongban.present.Language;
import io.github.tongban.present.SafeText;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The {@code tongban} command: catalogue validation and decisions for service items (通办). */
@Command(name = "tongban", mixinStandardHelpOptions = true, version = "tongban 0.1.0",
    description = {"tongban: publish every service item once, decide the same way at every window.",
        "Without --catalogue DIR, commands use the bundled sample catalogue (illustrative, not legal text)."},
    subcommands = {DecideCommand.class, AskCommand.class, NoticeCommand.class, GuideCommand.class, ValidateCommand.class, TestCommand.class, ListCommand.class, ReportCommand.class, DiffCommand.class, ScreenCommand.class, CommandLine.HelpCommand.class},
    footer = {"", "Exit codes: 0 ok, 1 validation or test failure (or rows screen had to skip), 2 usage error, 3 internal error."})
public final class TongbanCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  /** Read from the arguments by the handlers (help and errors come before any command runs); declared so that it is allowed here too. */
  @Option(names = "--lang", paramLabel = "zh|en", description = "Language of the help and messages: zh (default) or en.")
  Lang lang = Lang.zh;

  /** Where interactive commands read answers: standard input, or what a test injects. */
  final java.io.InputStream input;

  private TongbanCommand(java.io.InputStream input) {
    this.input = input;
  }

  /**
   * A command line for {@code tongban} with the documented exit codes, usage errors in the run's
   * language, no stack traces unless {@code --debug}, and standard output and error behind a
   * {@link Terminal} guard.
   */
  public static CommandLine commandLine() {
    CommandLine cmd = commandLine(System.in);
    return cmd.setOut(new Terminal(cmd.getOut())).setErr(new Terminal(cmd.getErr()));
  }

  /** The same, reading interactive answers from {@code input}, writing wherever the caller sets (unguarded). */
  public static CommandLine commandLine(java.io.InputStream input) {
    CommandLine cmd = new CommandLine(new TongbanCommand(input));
    cmd.setParameterExceptionHandler(UsageError::handle);
    // the usage help in the run's language: picocli reads descriptions from the bundle when it prints them
    cmd.setExecutionStrategy(parseResult -> {
      boolean zh = UsageError.language(parseResult.originalArgs()) == Language.ZH;
      cmd.setResourceBundle(ResourceBundle.getBundle("io.github.tongban.cli.usage", zh ? Locale.SIMPLIFIED_CHINESE : Locale.ROOT));
      return new CommandLine.RunLast().execute(parseResult);
    });
    cmd.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      List<String> args = parseResult.originalArgs();
      Language language = UsageError.language(args);
      PrintWriter err = commandLine.getErr();
      err.println(SafeText.line(UsageError.TEXTS.get(language, "internal.error",
          e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()))));
      if (args.contains("--debug")) {
        e.printStackTrace(err);
      } else {
        err.println(UsageError.TEXTS.get(language, "internal.debug"));
      }
      err.flush();
      return ExitCodes.INTERNAL;
    });
    return cmd;
  }

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    Language language = UsageError.language(spec.commandLine().getParseResult().originalArgs());
    err.println(UsageError.TEXTS.get(language, "usage.no-command", String.join(language.pick("、", ", "), spec.subcommands().keySet())));
    err.println(UsageError.TEXTS.get(language, "usage.help", "tongban"));
    err.flush();
    return ExitCodes.USAGE;
  }
}
