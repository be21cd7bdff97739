package io.github.tongban.core.model;

import java.util.Locale;

/** How far an item can be handled online (网办深度). */
public enum OnlineLevel {
  /** Only in person. */
  NONE("不可网办"),
  /** Partly online: the application online, at least one trip in person. */
  PARTIAL("部分网办"),
  /** Fully online. */
  FULL("全程网办");

  private final String label;

  OnlineLevel(String label) {
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
