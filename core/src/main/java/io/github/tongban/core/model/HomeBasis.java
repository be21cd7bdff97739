package io.github.tongban.core.model;

import java.util.Locale;

/**
 * Which of the applicant's regions is "home" when deciding where an item may be handed in and
 * which territorial authority (属地) decides it.
 */
public enum HomeBasis {
  /** Only the household registration (户籍地), e.g. for rural homestead (宅基地) items. */
  HOUSEHOLD("户籍地"),
  /** The household registration, or the place of residence (经常居住地) as well. */
  HOUSEHOLD_OR_RESIDENCE("户籍地或经常居住地");

  private final String label;

  HomeBasis(String label) {
    this.label = label;
  }

  /** The Chinese name. */
  public String label() {
    return label;
  }

  /** The name used in catalogue files: lower case, words joined by a hyphen. */
  public String yamlName() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
