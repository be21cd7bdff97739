package io.github.tongban.core.internal.logic;

import io.github.tongban.core.condition.Condition;
import io.github.tongban.core.condition.Value;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * A condition tree with its parameters resolved for one date, as the settlement reads it. Built by
 * {@link Formulas} from the catalogue's typed conditions; never from text.
 */
public sealed interface Formula {
  /** A constant: a scenario without {@code when}, a material without {@code requiredWhen}. */
  record Const(boolean value) implements Formula {}

  record And(List<Formula> children) implements Formula {
    public And {
      children = List.copyOf(children);
    }
  }

  record Or(List<Formula> children) implements Formula {
    public Or {
      children = List.copyOf(children);
    }
  }

  record Not(Formula child) implements Formula {
    public Not {
      Objects.requireNonNull(child, "child");
    }
  }

  /**
   * A comparison of fact {@code var.fact()} with {@code operands} (the literal, the list, the
   * parameter's value on the date, or the region).
   *
   * @param source the catalogue's comparison
   * @param operands the values compared with (one, or a list; a region code for {@code within})
   * @param parameterValue the parameter's value period applied, when it compares with a parameter
   * @param test whether a value of the fact satisfies it
   */
  record Test(Var var, Condition.Compare source, List<Value> operands, Optional<io.github.tongban.core.model.ParameterValue> parameterValue,
      Predicate<Value> test) implements Formula {
    public Test {
      Objects.requireNonNull(var, "var");
      Objects.requireNonNull(source, "source");
      operands = List.copyOf(operands);
      Objects.requireNonNull(parameterValue, "parameterValue");
      Objects.requireNonNull(test, "test");
    }
  }

  /** {@code known: fact}: true once the fact is given. */
  record Given(Var var, Condition.Known source) implements Formula {
    public Given {
      Objects.requireNonNull(var, "var");
    }
  }

  /** {@code child} with {@code var} fixed to {@code value}: how a cofactor is written. */
  record Restrict(Formula child, Var var, Value value) implements Formula {
    public Restrict {
      Objects.requireNonNull(child, "child");
      Objects.requireNonNull(var, "var");
      Objects.requireNonNull(value, "value");
    }
  }

  /** The formulas directly below this one. */
  default List<Formula> parts() {
    if (this instanceof And a) {
      return a.children();
    }
    if (this instanceof Or o) {
      return o.children();
    }
    if (this instanceof Not n) {
      return List.of(n.child());
    }
    return this instanceof Restrict r ? List.of(r.child()) : List.of();
  }

  /** The comparisons and {@code known} tests of {@code f}, in the order it reads them (through restrictions). */
  static List<Formula> leaves(Formula f) {
    List<Formula> out = new java.util.ArrayList<>();
    java.util.ArrayDeque<Formula> todo = new java.util.ArrayDeque<>();
    todo.push(f);
    while (!todo.isEmpty()) {
      Formula x = todo.pop();
      if (x instanceof Test || x instanceof Given) {
        out.add(x);
      }
      List<Formula> below = x.parts();
      for (int i = below.size() - 1; i >= 0; i--) {
        todo.push(below.get(i));
      }
    }
    return out;
  }

  static Formula and(Formula... children) {
    return new And(List.of(children));
  }

  static Formula or(Formula... children) {
    return new Or(List.of(children));
  }

  static Formula not(Formula child) {
    return new Not(child);
  }
}
