package io.github.tongban.core.model;

import java.util.Locale;

/** How days are counted (时限单位). */
public enum DayUnit {
  /** Working days, by the working calendar. */
  WORKING_DAYS("工作日"),
  /** Calendar days. */
  DAYS("自然日");

  private final String label;

  DayUnit(String label) {
    this.label = label;
  }

  /** The Chinese name, as window staff and applicants know it. */
  public String label() {
    return label;
  }

  /** The name used in catalogue files: lower case, words joined by a hyphen. */
  public String yamlName() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
