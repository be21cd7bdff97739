package io.github.tongban.rules;

import io.github.tongban.core.TongbanException;

/**
 * The rules of a catalogue could not be built, or failed while deciding: a fault of the engine or
 * of Drools, never of the application (that is an {@link InvalidApplicationException}). The cause
 * is what Drools threw.
 */
public final class RuleEngineException extends TongbanException {
  private static final long serialVersionUID = 1L;

  RuleEngineException(RuntimeException cause) {
    super(cause.getMessage(), cause);
  }
}
