package io.github.tongban.core.model;

import java.util.Locale;

/** The form in which a material is handed in. */
public enum MaterialForm {
  /** The original, shown or handed in. */
  ORIGINAL("原件"),
  /** A photocopy. */
  COPY("复印件"),
  /** An electronic document. */
  ELECTRONIC("电子件");

  private final String label;

  MaterialForm(String label) {
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
