package io.github.tongban.core.model;

import java.util.Locale;

/** What a legal basis is for (依据类型): setting up the item, implementing it, or supervising it. */
public enum BasisKind {
  /** The law or regulation that sets the item up. */
  SETTING("设定依据"),
  /** A rule on how it is implemented. */
  IMPLEMENTING("实施依据"),
  /** A rule on how it is supervised. */
  SUPERVISING("监管依据");

  private final String label;

  BasisKind(String label) {
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
