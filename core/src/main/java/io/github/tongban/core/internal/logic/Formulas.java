package io.github.tongban.core.internal.logic;

import io.github.tongban.core.condition.Condition;
import io.github.tongban.core.condition.Operand;
import io.github.tongban.core.condition.Operator;
import io.github.tongban.core.condition.Value;
import io.github.tongban.core.model.FactDefinition;
import io.github.tongban.core.model.Parameter;
import io.github.tongban.core.model.ParameterValue;
import io.github.tongban.core.model.RegionTree;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/** Turns typed conditions into {@link Formula}s for one date: parameters take their value in force then. */
public final class Formulas {
  /**
   * What the conditions refer to.
   *
   * @param facts the fact dictionary
   * @param parameters the parameters
   * @param regions the region tree
   */
  public record Context(Function<String, Optional<FactDefinition>> facts, Function<String, Optional<Parameter>> parameters,
      RegionTree regions) {
    public Context {
      Objects.requireNonNull(facts, "facts");
      Objects.requireNonNull(parameters, "parameters");
      Objects.requireNonNull(regions, "regions");
    }
  }

  private final Context context;
  private final LocalDate date;
  private final Map<Condition, Formula> index;

  /**
   * A builder for {@code date}; every condition it builds is recorded in {@code index} (by identity
   * of the condition object), so that a caller can find the formula of any node of a tree.
   */
  public Formulas(Context context, LocalDate date, Map<Condition, Formula> index) {
    this.context = Objects.requireNonNull(context, "context");
    this.date = Objects.requireNonNull(date, "date");
    this.index = Objects.requireNonNull(index, "index");
  }

  /** The formula of {@code c}; a parameter without a value on the date fails with {@code ParameterNotInForceException}. */
  public Formula of(Condition c) {
    Formula f;
    if (c instanceof Condition.All a) {
      f = new Formula.And(a.children().stream().map(this::of).toList());
    } else if (c instanceof Condition.Any a) {
      f = new Formula.Or(a.children().stream().map(this::of).toList());
    } else if (c instanceof Condition.Not n) {
      f = new Formula.Not(of(n.child()));
    } else if (c instanceof Condition.Known k) {
      f = new Formula.Given(Var.givenFlag(k.fact()), k);
    } else {
      f = compare((Condition.Compare) c);
    }
    index.put(c, f);
    return f;
  }

  private Formula compare(Condition.Compare c) {
    Operator op = c.operator();
    Operand operand = c.operand();
    Var var = Var.value(c.fact());
    if (operand instanceof Operand.ParameterRef ref) {
      Parameter p = context.parameters().apply(ref.parameter())
          .orElseThrow(() -> new IllegalArgumentException("unknown parameter %s".formatted(ref.parameter())));
      ParameterValue pv = p.inForce(date);
      Value threshold = pv.value();
      return new Formula.Test(var, c, List.of(threshold), Optional.of(pv), v -> Comparisons.test(op, v, threshold));
    }
    if (operand instanceof Operand.Literal l) {
      Value threshold = l.value();
      return new Formula.Test(var, c, List.of(threshold), Optional.empty(), v -> Comparisons.test(op, v, threshold));
    }
    if (operand instanceof Operand.ListOf l) {
      List<Value> values = l.values();
      return new Formula.Test(var, c, values, Optional.empty(), v -> Comparisons.testList(op, v, values));
    }
    String region = ((Operand.RegionRef) operand).region();
    RegionTree tree = context.regions();
    Predicate<Value> within = v -> Comparisons.within(tree, v, region);
    return new Formula.Test(var, c, List.of(new Value.Text(region)), Optional.empty(), within);
  }
}
