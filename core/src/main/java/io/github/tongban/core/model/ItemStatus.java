package io.github.tongban.core.model;

import java.util.Locale;

/** Whether an item is in use (事项状态). */
public enum ItemStatus {
  /** In use: applications are decided. */
  IN_USE("在用"),
  /** Suspended for now: no application is decided while it is. */
  SUSPENDED("暂停"),
  /** Cancelled. */
  CANCELLED("取消");

  private final String label;

  ItemStatus(String label) {
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
