package io.github.tongban.core;

/**
 * The root of tongban's own exceptions: no exception from SnakeYAML, Jackson, the schema
 * validator or Drools crosses the public API unwrapped.
 */
public abstract class TongbanException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  protected TongbanException(String message) {
    super(message);
  }

  protected TongbanException(String message, Throwable cause) {
    super(message, cause);
  }
}
