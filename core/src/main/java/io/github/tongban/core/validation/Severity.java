package io.github.tongban.core.validation;

/** How serious a {@link Problem} is: any {@link #ERROR} keeps a catalogue from loading. */
public enum Severity {
  /** The catalogue cannot be loaded until this is fixed. */
  ERROR,
  /** The catalogue loads, but the author should look at this. */
  WARNING
}
