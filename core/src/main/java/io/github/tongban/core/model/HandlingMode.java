package io.github.tongban.core.model;

import java.util.Locale;

/** How an application handed in away from home is handled (跨域办理模式). */
public enum HandlingMode {
  /** Fully online: the territorial authority handles it remotely. */
  ONLINE("全程网办"),
  /** A remote window checks identity and form and forwards it to the territorial authority. */
  PROXY("异地代收代办"),
  /** Several places each do part, sharing materials. */
  JOINT("多地联办");

  private final String label;

  HandlingMode(String label) {
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
