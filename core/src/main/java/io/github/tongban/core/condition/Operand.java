package io.github.tongban.core.condition;

import java.util.List;
import java.util.Objects;

/** What a comparison leaf compares its fact with. */
public sealed interface Operand {
  /** A single literal value. */
  record Literal(Value value) implements Operand {
    public Literal {
      Objects.requireNonNull(value, "value");
    }
  }

  /** A list of literal values, for {@code in} and {@code notIn}. */
  record ListOf(List<Value> values) implements Operand {
    public ListOf {
      values = List.copyOf(values);
      if (values.isEmpty()) {
        throw new IllegalArgumentException("a list operand needs at least one value");
      }
    }
  }

  /** A parameter of the catalogue, taking the value in force on the application date. */
  record ParameterRef(String parameter) implements Operand {
    public ParameterRef {
      Objects.requireNonNull(parameter, "parameter");
    }
  }

  /** A region of the region tree, for {@code within}. */
  record RegionRef(String region) implements Operand {
    public RegionRef {
      Objects.requireNonNull(region, "region");
    }
  }
}
