package io.github.tongban.core.condition;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/** The type of a fact in the fact dictionary, which fixes the operators a condition may apply. */
public enum FactType {
  /** Yes or no. */
  BOOLEAN("布尔", Value.Kind.BOOLEAN, EnumSet.of(Operator.EQ, Operator.NE)),
  /** A whole number, e.g. an age in years. */
  INTEGER("整数", Value.Kind.NUMBER, EnumSet.of(Operator.EQ, Operator.NE, Operator.LT, Operator.LE, Operator.GT, Operator.GE, Operator.IN, Operator.NOT_IN)),
  /** A decimal number, e.g. an income in yuan. */
  DECIMAL("小数", Value.Kind.NUMBER, EnumSet.of(Operator.EQ, Operator.NE, Operator.LT, Operator.LE, Operator.GT, Operator.GE)),
  /** Free text, compared for equality only. */
  TEXT("文本", Value.Kind.TEXT, EnumSet.of(Operator.EQ, Operator.NE, Operator.IN, Operator.NOT_IN)),
  /** One of a fixed list of values. */
  ENUM("枚举", Value.Kind.TEXT, EnumSet.of(Operator.EQ, Operator.NE, Operator.IN, Operator.NOT_IN)),
  /** A calendar date. */
  DATE("日期", Value.Kind.DATE, EnumSet.of(Operator.EQ, Operator.NE, Operator.LT, Operator.LE, Operator.GT, Operator.GE)),
  /** A region code of the region tree, e.g. where a household is registered. */
  REGION("行政区划", Value.Kind.TEXT, EnumSet.of(Operator.EQ, Operator.NE, Operator.IN, Operator.NOT_IN, Operator.WITHIN));

  private final String label;
  private final Value.Kind kind;
  private final Set<Operator> operators;

  FactType(String label, Value.Kind kind, Set<Operator> operators) {
    this.label = label;
    this.kind = kind;
    this.operators = Set.copyOf(operators);
  }

  /** The name used in catalogue files, e.g. {@code integer}. */
  public String yamlName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The Chinese name, e.g. 整数. */
  public String label() {
    return label;
  }

  /** The family of values a fact of this type holds. */
  public Value.Kind valueKind() {
    return kind;
  }

  /** The operators a comparison of a fact of this type may use. */
  public Set<Operator> operators() {
    return operators;
  }

  /** Whether {@code value} is a value of this type (an integer fact takes only whole numbers). */
  public boolean accepts(Value value) {
    if (value.kind() != kind) {
      return false;
    }
    if (this == INTEGER) {
      Value.Number n = (Value.Number) value;
      // 12 and 1.2E+2 are whole at a glance; 12.00 only once its zeros are stripped
      return n.value().scale() <= 0 || n.value().stripTrailingZeros().scale() <= 0;
    }
    return true;
  }
}
