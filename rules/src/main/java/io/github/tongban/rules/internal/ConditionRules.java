package io.github.tongban.rules.internal;

import io.github.tongban.core.condition.Condition;
import io.github.tongban.core.condition.Operand;
import io.github.tongban.core.condition.Operator;
import io.github.tongban.core.condition.Value;
import io.github.tongban.core.internal.logic.Comparisons;
import io.github.tongban.core.model.RegionTree;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.drools.model.Global;
import org.drools.model.Index;
import org.drools.model.PatternDSL.PatternDef;
import org.drools.model.Rule;
import org.drools.model.Variable;
import org.drools.model.functions.Predicate1;
import org.drools.modelcompiler.dsl.pattern.D;

/**
 * Turns a typed condition tree into a {@link Node} tree and the rules of its comparisons. No text
 * is generated: every constraint and consequence is a lambda over typed values taken from the tree.
 *
 * <p>Drools decides every comparison of the catalogue's conditions: each comparison leaf is one
 * rule, named after the leaf, that fires once the application's fact is known (joined with the
 * parameter's value in force when it compares with a parameter) and asserts the comparison's truth
 * value in the session's {@link Tally}; {@code known: f} is one rule that asserts true. A leaf with
 * no truth is open, because its fact is not known. How the leaves combine ({@code all}, {@code any}, {@code not}) is Kleene's three-valued
 * logic over the node tree, in {@link Truths}: no rule and no join per combining node, so a
 * decision fires one rule per comparison it can settle and nothing else.
 *
 * <p>Every rule's first constraint is an alpha-indexed equality on the item version and then the
 * fact, so a decision only ever touches the rules of its own item. Expression ids decide node
 * sharing in the executable model: every id below is derived from what the constraint tests
 * ({@code known.fact==age}), never reused for a different test.
 */
final class ConditionRules {
  /**
   * A known fact of an application, for the item version {@code partition}; {@code subject}
   * tells the applications of one session apart (screening decides many residents in one).
   */
  record Known(int subject, String partition, String fact, Value value) {}

  /** A parameter's value in force on the application date. */
  record Param(String id, Value value) {}

  private final String pkg;
  private final RegionTree regions;
  private final AtomicInteger ids;
  private final Global<Tally> tally;
  private final List<Rule> rules;

  ConditionRules(String pkg, RegionTree regions, AtomicInteger ids, Global<Tally> tally, List<Rule> rules) {
    this.pkg = pkg;
    this.regions = regions;
    this.ids = ids;
    this.tally = tally;
    this.rules = rules;
  }

  /**
   * Compiles a catalogue condition for the item version {@code partition}, found at {@code path}
   * in the item (e.g. {@code conditions}, {@code scenarios/agent/when}); children are numbered.
   */
  Node compile(String partition, String path, Condition condition) {
    if (condition instanceof Condition.All a) {
      return new Node.All(ids.incrementAndGet(), children(partition, path, a.children()), java.util.Optional.of(a), partition + "/" + path);
    }
    if (condition instanceof Condition.Any a) {
      return new Node.Any(ids.incrementAndGet(), children(partition, path, a.children()), java.util.Optional.of(a), partition + "/" + path);
    }
    if (condition instanceof Condition.Not n) {
      int id = ids.incrementAndGet();
      return new Node.Not(id, compile(partition, path + "/not", n.child()), java.util.Optional.of(n), partition + "/" + path);
    }
    if (condition instanceof Condition.Compare c) {
      return compare(partition, path, c);
    }
    return known(partition, path, (Condition.Known) condition);
  }

  private List<Node> children(String partition, String path, List<Condition> children) {
    List<Node> out = new ArrayList<>();
    for (int i = 0; i < children.size(); i++) {
      out.add(compile(partition, path + "/" + i, children.get(i)));
    }
    return List.copyOf(out);
  }

  /** A node true when every child is true; one child is passed through unchanged; none is always true. */
  Node all(String partition, String path, List<Node> children) {
    if (children.isEmpty()) {
      return new Node.True(ids.incrementAndGet(), partition + "/" + path);
    }
    return children.size() == 1 ? children.get(0)
        : new Node.All(ids.incrementAndGet(), List.copyOf(children), java.util.Optional.empty(), partition + "/" + path);
  }

  /** A node true when at least one child is true; one child is passed through unchanged. */
  Node any(String partition, String path, List<Node> children) {
    return children.size() == 1 ? children.get(0)
        : new Node.Any(ids.incrementAndGet(), List.copyOf(children), java.util.Optional.empty(), partition + "/" + path);
  }

  private Node known(String partition, String path, Condition.Known k) {
    int id = ids.incrementAndGet();
    String name = partition + "/" + path;
    Variable<Known> v = D.declarationOf(Known.class);
    rules.add(D.rule(pkg, name).build(known(v, partition, k.fact()), D.on(v, tally).execute((x, t) -> t.record(x.subject(), id, true))));
    return new Node.Known(id, k, name);
  }

  private Node compare(String partition, String path, Condition.Compare c) {
    int id = ids.incrementAndGet();
    String name = partition + "/" + path;
    Operator op = c.operator();
    Variable<Known> k = D.declarationOf(Known.class);
    if (c.operand() instanceof Operand.ParameterRef ref) {
      String parameter = ref.parameter();
      Variable<Param> p = D.declarationOf(Param.class);
      rules.add(D.rule(pkg, name).build(
          D.pattern(p).expr("param.id==" + parameter, x -> x.id().equals(parameter),
              D.alphaIndexedBy(String.class, Index.ConstraintType.EQUAL, 0, Param::id, parameter)),
          known(k, partition, c.fact()),
          D.on(k, p, tally).execute((x, y, t) -> t.record(x.subject(), id, Comparisons.test(op, x.value(), y.value())))));
      return new Node.Leaf(id, c, name);
    }
    Predicate1<Value> test;
    if (c.operand() instanceof Operand.Literal l) {
      test = v -> Comparisons.test(op, v, l.value());
    } else if (c.operand() instanceof Operand.ListOf l) {
      test = v -> Comparisons.testList(op, v, l.values());
    } else {
      String region = ((Operand.RegionRef) c.operand()).region();
      test = v -> Comparisons.within(regions, v, region);
    }
    rules.add(D.rule(pkg, name).build(known(k, partition, c.fact()),
        D.on(k, tally).execute((x, t) -> t.record(x.subject(), id, test.test(x.value())))));
    return new Node.Leaf(id, c, name);
  }

  // ------------------------------------------------------------------ building blocks

  /** {@code Known(partition == p, fact == f)}: hashed on the item version, then on the fact. */
  static PatternDef<Known> known(Variable<Known> v, String partition, String fact) {
    return D.pattern(v)
        .expr("known.partition==" + partition, x -> x.partition().equals(partition),
            D.alphaIndexedBy(String.class, Index.ConstraintType.EQUAL, 0, Known::partition, partition))
        .expr("known.fact==" + fact, x -> x.fact().equals(fact),
            D.alphaIndexedBy(String.class, Index.ConstraintType.EQUAL, 1, Known::fact, fact));
  }
}
