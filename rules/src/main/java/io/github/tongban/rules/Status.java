package io.github.tongban.rules;

/** Whether the applicant may apply: decided by three-valued logic over the item's conditions. */
public enum Status {
  /** Every condition holds (符合条件). */
  ELIGIBLE("符合条件"),
  /** A condition fails, whatever the unknown facts turn out to be (不符合条件). */
  INELIGIBLE("不符合条件"),
  /** The outcome depends on facts not yet known (需补充信息): see the next questions. */
  NEEDS_INFO("需补充信息");

  private final String label;

  Status(String label) {
    this.label = label;
  }

  /** The Chinese name. */
  public String label() {
    return label;
  }
}
