package io.github.tongban.core.model;

import java.util.Locale;

/** Who may apply for an item (服务对象). */
public enum ServiceObject {
  /** A natural person. */
  NATURAL_PERSON("自然人"),
  /** An enterprise legal person. */
  ENTERPRISE_LEGAL_PERSON("企业法人"),
  /** A public institution (事业单位) legal person. */
  PUBLIC_INSTITUTION_LEGAL_PERSON("事业法人"),
  /** A social organisation legal person. */
  SOCIAL_ORGANISATION_LEGAL_PERSON("社会组织法人"),
  /** An enterprise that is no legal person. */
  UNINCORPORATED_ENTERPRISE("非法人企业"),
  /** A government agency. */
  GOVERNMENT_AGENCY("行政机关"),
  /** Any other organisation. */
  OTHER_ORGANISATION("其他组织");

  private final String label;

  ServiceObject(String label) {
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
