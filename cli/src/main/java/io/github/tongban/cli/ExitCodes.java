package io.github.tongban.cli;

/**
 * The exit codes of every {@code tongban} command, a documented contract for scripts and CI.
 */
public final class ExitCodes {
  /** Success. */
  public static final int OK = 0;
  /**
   * The catalogue has errors, a test failed, (with {@code --fail-unless-eligible}) the decision is not
   * eligible, or {@code screen} skipped rows it could not read or screen.
   */
  public static final int FAILURE = 1;
  /**
   * The command line was wrong: an unknown option, a missing argument, a bad value; said on standard
   * error in the run's language, with the command to run for help ({@link UsageError}).
   */
  public static final int USAGE = 2;
  /** Something went wrong inside tongban, said in the run's language; {@code --debug} shows the stack trace. */
  public static final int INTERNAL = 3;

  private ExitCodes() {}
}
