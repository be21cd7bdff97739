package io.github.tongban.core.model;

import io.github.tongban.core.TongbanException;
import java.time.LocalDate;

/**
 * A decision needs a parameter on a date for which the catalogue gives it no value. The loader
 * refuses a catalogue where an item version's validity is not covered by the values of the
 * parameters it uses, so meeting this means the catalogue was built without the loader.
 */
public final class ParameterNotInForceException extends TongbanException {
  private static final long serialVersionUID = 1L;
  private final String parameter;
  private final transient LocalDate date;

  public ParameterNotInForceException(String parameter, LocalDate date) {
    super("parameter %s has no value in force on %s (参数 %s 在 %s 没有有效值)".formatted(parameter, date, parameter, date));
    this.parameter = parameter;
    this.date = date;
  }

  /** The parameter's id. */
  public String parameter() {
    return parameter;
  }

  /** The date it has no value for. */
  public LocalDate date() {
    return date;
  }
}
