package io.github.tongban.core.condition;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/** A typed value of a fact, a literal in a condition, or a parameter. */
public sealed interface Value {
  /** The type family of this value: the fact types it can stand for. */
  Kind kind();

  /** The value's families: a {@link FactType} maps to exactly one. */
  enum Kind {
    BOOLEAN, NUMBER, TEXT, DATE
  }

  /** A yes/no value. */
  record Bool(boolean value) implements Value {
    @Override
    public Kind kind() {
      return Kind.BOOLEAN;
    }

    @Override
    public String toString() {
      return Boolean.toString(value);
    }
  }

  /** A number: integer and decimal facts both hold one, compared by value (2 equals 2.0). */
  record Number(BigDecimal value) implements Value {
    public Number {
      Objects.requireNonNull(value, "value");
    }

    public static Number of(long value) {
      return new Number(BigDecimal.valueOf(value));
    }

    @Override
    public Kind kind() {
      return Kind.NUMBER;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Number n && n.value.compareTo(value) == 0;
    }

    @Override
    public int hashCode() {
      return value.stripTrailingZeros().hashCode();
    }

    @Override
    public String toString() {
      return value.toPlainString();
    }
  }

  /** Text: free text, an enumerated value, or a region code. */
  record Text(String value) implements Value {
    public Text {
      Objects.requireNonNull(value, "value");
    }

    @Override
    public Kind kind() {
      return Kind.TEXT;
    }

    @Override
    public String toString() {
      return value;
    }
  }

  /** A calendar date. */
  record Date(LocalDate value) implements Value {
    public Date {
      Objects.requireNonNull(value, "value");
    }

    @Override
    public Kind kind() {
      return Kind.DATE;
    }

    @Override
    public String toString() {
      return value.toString();
    }
  }
}
