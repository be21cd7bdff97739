package io.github.tongban.core.condition;

import java.util.Arrays;
import java.util.Optional;

/** How a comparison leaf relates a fact to its operand. */
public enum Operator {
  /** Equal to. */
  EQ("eq", "等于"),
  /** Not equal to. */
  NE("ne", "不等于"),
  /** Less than. */
  LT("lt", "小于"),
  /** Less than or equal to. */
  LE("le", "小于等于"),
  /** Greater than. */
  GT("gt", "大于"),
  /** Greater than or equal to. */
  GE("ge", "大于等于"),
  /** One of a list. */
  IN("in", "属于"),
  /** None of a list. */
  NOT_IN("notIn", "不属于"),
  /** A region inside (or equal to) a region of the tree. */
  WITHIN("within", "位于");

  private final String yamlName;
  private final String label;

  Operator(String yamlName, String label) {
    this.yamlName = yamlName;
    this.label = label;
  }

  /** The name used in catalogue files, e.g. {@code notIn}. */
  public String yamlName() {
    return yamlName;
  }

  /** The Chinese wording, e.g. 大于等于. */
  public String label() {
    return label;
  }

  /** Whether the operand is a list ({@code in}, {@code notIn}). */
  public boolean takesList() {
    return this == IN || this == NOT_IN;
  }

  /** Whether the operator orders values ({@code lt}, {@code le}, {@code gt}, {@code ge}). */
  public boolean isOrdering() {
    return this == LT || this == LE || this == GT || this == GE;
  }

  /** The operator with the given catalogue name. */
  public static Optional<Operator> ofYamlName(String name) {
    return Arrays.stream(values()).filter(o -> o.yamlName.equals(name)).findFirst();
  }
}
