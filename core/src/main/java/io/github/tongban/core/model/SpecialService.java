package io.github.tongban.core.model;

import java.util.Locale;

/** A special service for applicants who need help (特殊服务). */
public enum SpecialService {
  /** Staff accompany the applicant. */
  ACCOMPANY("陪同办"),
  /** Staff come to the applicants home. */
  HOME("上门办"),
  /** Staff apply on the applicants behalf. */
  ON_BEHALF("帮代办");

  private final String label;

  SpecialService(String label) {
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
