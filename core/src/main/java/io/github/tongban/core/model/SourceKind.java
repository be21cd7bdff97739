package io.github.tongban.core.model;

import java.util.Locale;

/** Where a material comes from (材料来源). */
public enum SourceKind {
  /** The applicant brings it. */
  APPLICANT("申请人提供"),
  /** Shared government data supplies it (数据共享): the applicant is not asked for it. */
  SHARED_DATA("数据共享"),
  /** An e-licence supplies it (电子证照): the applicant is not asked for it. */
  E_LICENCE("电子证照"),
  /**
   * A government body issued it (政府部门核发) and the applicant brings it, e.g. a household
   * register: the applicant is asked for it, and the item names the issuing body.
   */
  GOVERNMENT_ISSUED("政府部门核发");

  private final String label;

  SourceKind(String label) {
    this.label = label;
  }

  /** The Chinese name, as window staff and applicants know it. */
  public String label() {
    return label;
  }

  /** Whether a source of this kind supplies the material, so the applicant is not asked for it. */
  public boolean exempts() {
    return this == SHARED_DATA || this == E_LICENCE;
  }

  /** The name used in catalogue files: lower case, words joined by a hyphen. */
  public String yamlName() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
