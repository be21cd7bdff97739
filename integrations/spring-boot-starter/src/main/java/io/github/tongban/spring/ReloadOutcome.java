package io.github.tongban.spring;

import java.util.Locale;

/** How a load of the catalogue ended. */
public enum ReloadOutcome {
  /** The catalogue loaded and now serves. */
  LOADED,
  /** The catalogue has errors and was refused; the previous one keeps serving. */
  REFUSED,
  /** The catalogue could not be read or its rules could not be built; the previous one keeps serving. */
  FAILED;

  /** The name used in metric tags and health details: {@code loaded}, {@code refused} or {@code failed}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
