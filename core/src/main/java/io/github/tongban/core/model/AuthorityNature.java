package io.github.tongban.core.model;

import java.util.Locale;

/** What kind of body the implementing authority is (实施主体性质). */
public enum AuthorityNature {
  /** A body the law empowers. */
  STATUTORY_BODY("法定机关"),
  /** An organisation a law or regulation authorises. */
  AUTHORISED_ORGANISATION("授权组织"),
  /** An organisation acting for the body that entrusts it (委托部门). */
  ENTRUSTED_ORGANISATION("受委托组织");

  private final String label;

  AuthorityNature(String label) {
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
