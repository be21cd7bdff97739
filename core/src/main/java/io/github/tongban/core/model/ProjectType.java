package io.github.tongban.core.model;

import java.util.Locale;

/** How an application of an item is settled (办件类型). */
public enum ProjectType {
  /** Decided on the spot (the time limit is instant). */
  INSTANT("即办件"),
  /** Decided within the promised time limit. */
  PROMISED("承诺件"),
  /** Decided by several bodies together (联办机构). */
  JOINT("联办件"),
  /** Reported to a higher level, which decides. */
  REPORTED("上报件");

  private final String label;

  ProjectType(String label) {
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
