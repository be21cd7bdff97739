package io.github.tongban.rules.internal;

/**
 * Drools failed to build a shard's rules or to run them: whatever Drools threw, as the cause. The
 * engine's API turns it into its own exception; nothing from Drools crosses the API unwrapped.
 */
public final class RulesFailure extends RuntimeException {
  private static final long serialVersionUID = 1L;

  RulesFailure(String message, Throwable cause) {
    super(message, cause);
  }
}
