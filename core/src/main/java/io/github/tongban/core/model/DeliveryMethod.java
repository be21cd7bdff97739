package io.github.tongban.core.model;

import java.util.Locale;

/** How the result reaches the applicant (送达方式). */
public enum DeliveryMethod {
  /** Collected at the window that accepted the application. */
  WINDOW("窗口领取"),
  /** Sent by post. */
  POST("邮寄送达"),
  /** Delivered electronically, e.g. as an e-licence. */
  ELECTRONIC("电子送达"),
  /** Nothing to deliver (e.g. a payment into an account). */
  NONE("无需送达");

  private final String label;

  DeliveryMethod(String label) {
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
