package io.github.tongban.cli;

/** The entry point of the {@code tongban} command: the only place that calls {@link System#exit}. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.exit(TongbanCommand.commandLine().execute(args));
  }
}
