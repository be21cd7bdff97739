package io.github.tongban.core.model;

import java.util.Locale;

/** Where an item may be handed in (通办范围). */
public enum AcceptanceScope {
  /** At any service point in the city. */
  CITY("全市通办"),
  /** At any service point of the applicant's county-level division. */
  COUNTY("全县通办"),
  /** At any service point of the applicant's township. */
  TOWNSHIP("全镇通办"),
  /** Only at the applicant's own service point. */
  LOCAL("属地办理");

  private final String label;

  AcceptanceScope(String label) {
    this.label = label;
  }

  /** The Chinese name, as window staff and applicant's know it. */
  public String label() {
    return label;
  }

  /** The name used in catalogue files: lower case, words joined by a hyphen. */
  public String yamlName() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
