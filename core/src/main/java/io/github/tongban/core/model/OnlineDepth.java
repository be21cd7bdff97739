package io.github.tongban.core.model;

import java.util.Locale;

/** How deep an item can be handled online (网上办理深度): the national ladder, each step including the ones before it. */
public enum OnlineDepth {
  /** Enquiries online. */
  CONSULT("咨询"),
  /** The application is received online. */
  RECEIVE("收件"),
  /** It is pre-reviewed online. */
  PRE_REVIEW("预审"),
  /** It is accepted online. */
  ACCEPT("受理"),
  /** It is handled online. */
  HANDLE("办理"),
  /** The result is given back online. */
  RESULT_FEEDBACK("结果反馈"),
  /** The result is given back as an e-licence. */
  LICENCE_FEEDBACK("电子证照反馈");

  private final String label;

  OnlineDepth(String label) {
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
