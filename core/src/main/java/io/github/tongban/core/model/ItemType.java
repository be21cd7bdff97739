package io.github.tongban.core.model;

import java.util.Locale;

/** The type of a service item (事项类型). */
public enum ItemType {
  /** An administrative licence. */
  LICENCE("行政许可"),
  /** An administrative payment: benefits, subsidies, allowances. */
  PAYMENT("行政给付"),
  /** An administrative confirmation: certificates, registrations. */
  CONFIRMATION("行政确认"),
  /** An administrative ruling. */
  RULING("行政裁决"),
  /** An administrative reward. */
  REWARD("行政奖励"),
  /** A public service. */
  PUBLIC_SERVICE("公共服务"),
  /** Any other administrative power. */
  OTHER("其他行政权力");

  private final String label;

  ItemType(String label) {
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
