package io.github.tongban.core.model;

import java.util.Locale;

/** The kind of a special procedure (特别程序). */
public enum SpecialProcedureKind {
  /** An inspection. */
  INSPECTION("检验"),
  /** A test. */
  TESTING("检测"),
  /** An appraisal. */
  APPRAISAL("鉴定"),
  /** A review by experts. */
  EXPERT_REVIEW("专家评审"),
  /** A hearing. */
  HEARING("听证"),
  /** A public notice. */
  PUBLIC_NOTICE("公示"),
  /** A tender. */
  TENDER("招标"),
  /** An auction. */
  AUCTION("拍卖"),
  /** A quarantine. */
  QUARANTINE("检疫"),
  /** A survey on site. */
  SITE_SURVEY("现场勘验"),
  /** Another procedure, named by the item. */
  OTHER("其他");

  private final String label;

  SpecialProcedureKind(String label) {
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
