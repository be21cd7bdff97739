package io.github.tongban.spring;

import java.util.Locale;

/** What started a load of the catalogue. */
public enum ReloadTrigger {
  /** The application started. */
  STARTUP,
  /** A call of {@link ServedCatalogue#reload()}, for example from an admin route. */
  MANUAL,
  /** A file of the catalogue changed ({@code tongban.reload.watch}). */
  WATCH;

  /** The name used in metric tags and health details: {@code startup}, {@code manual} or {@code watch}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
