package io.github.tongban.core.model;

import java.util.Locale;

/** The kind of result an item gives (审批结果类型). */
public enum ResultType {
  /** A licence or certificate. */
  LICENCE("证照"),
  /** An approval document. */
  APPROVAL("批文"),
  /** Another kind of result. */
  OTHER("其他"),
  /** No result document. */
  NONE("无");

  private final String label;

  ResultType(String label) {
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
