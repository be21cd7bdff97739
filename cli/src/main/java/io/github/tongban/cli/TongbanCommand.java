package io.github.tongban.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The {@code tongban} command: catalogue validation and decisions for service items (通办). */
@Command(name = "tongban", mixinStandardHelpOptions = true, version = "tongban 0.1.0",
    description = {"通办: publish every service item once, decide the same way at every window.",
        "Without --catalogue DIR, commands use the bundled sample catalogue (illustrative, not legal text)."},
    subcommands = {DecideCommand.class, AskCommand.class, NoticeCommand.class, GuideCommand.class, ValidateCommand.class, TestCommand.class, ListCommand.class, ReportCommand.class, DiffCommand.class, ScreenCommand.class, CommandLine.HelpCommand.class},
    footer = {"", "Exit codes: 0 ok, 1 validation or test failure, 2 usage error, 3 internal error."})
public final class TongbanCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  /** Where interactive commands read answers: standard input, or what a test injects. */
  final java.io.InputStream input;

  private TongbanCommand(java.io.InputStream input) {
    this.input = input;
  }

  /** A command line for {@code tongban} with the documented exit codes and no stack traces unless {@code --debug}. */
  public static CommandLine commandLine() {
    return commandLine(System.in);
  }

  /** The same, reading interactive answers from {@code input}. */
  public static CommandLine commandLine(java.io.InputStream input) {
    CommandLine cmd = new CommandLine(new TongbanCommand(input));
    cmd.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      PrintWriter err = commandLine.getErr();
      boolean debug = Arrays.asList(parseResult.originalArgs().toArray(new String[0])).contains("--debug");
      err.println("tongban: internal error: " + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
      if (debug) {
        e.printStackTrace(err);
      } else {
        err.println("(run again with --debug to see the stack trace)");
      }
      err.flush();
      return ExitCodes.INTERNAL;
    });
    return cmd;
  }

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return ExitCodes.USAGE;
  }
}
