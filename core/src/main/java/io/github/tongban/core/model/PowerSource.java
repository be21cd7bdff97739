package io.github.tongban.core.model;

import java.util.Locale;

/** Where the implementing body's power over an item comes from (权力来源). */
public enum PowerSource {
  /** The law gives it to this level. */
  STATUTORY("法定本级行使"),
  /** Delegated down by a higher level. */
  DELEGATED("上级下放"),
  /** Authorised by a higher level. */
  AUTHORISED_BY_SUPERIOR("上级授权"),
  /** Authorised by a body of the same level. */
  AUTHORISED_BY_PEER("同级授权"),
  /** Entrusted by a higher level. */
  ENTRUSTED_BY_SUPERIOR("上级委托"),
  /** Entrusted by a body of the same level. */
  ENTRUSTED_BY_PEER("同级委托");

  private final String label;

  PowerSource(String label) {
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
