package io.github.tongban.rules.internal;

import io.github.tongban.core.condition.Condition;
import io.github.tongban.core.condition.Operand;
import io.github.tongban.core.condition.Operator;
import io.github.tongban.core.condition.Value;
import io.github.tongban.core.internal.logic.Comparisons;
import io.github.tongban.core.model.RegionTree;
import io.github.tongban.core.model.ServiceItem;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.drools.model.Index;
import org.drools.model.PatternDSL.PatternDef;
import org.drools.model.Rule;
import org.drools.model.Variable;
import org.drools.model.functions.Predicate1;
import org.drools.model.functions.Predicate2;
import org.drools.modelcompiler.dsl.pattern.D;

/**
 * Turns a typed condition tree into rules, one small group per node, so that Drools evaluates
 * the tree in three-valued logic. No text is generated: every constraint is a lambda over typed
 * values taken from the tree.
 *
 * <p>Each node reaches a {@link Truth}: true, false, or no Truth at all, which means unknown.
 * <ul>
 *   <li>A comparison is true or false once its fact is {@link Known}; it stays unknown while the
 *       fact (or the parameter it compares with, on the application date) is missing.
 *   <li>{@code known: f} is true once {@code f} is known; otherwise unknown, so that it is asked for.
 *   <li>{@code all} is true when every child is true, false as soon as one child is false.
 *   <li>{@code any} is true as soon as one child is true, false when every child is false.
 *   <li>{@code not} is false when its child is true and true when its child is false.
 * </ul>
 * The rule count is linear in the size of the tree (no rewriting into disjunctive normal form),
 * and every rule's first constraint is an alpha-indexed equality on the item version or on the
 * node id, so a decision only ever touches the rules of its own item.
 *
 * <p>Expression ids decide node sharing in the executable model: two constraints with the same
 * id share one network node. Every id below is therefore derived from what the constraint
 * tests ({@code truth.node==17}, {@code known.fact==age}) or from the node it belongs to
 * ({@code leaf#17.holds}), never reused for a different test.
 */
final class ConditionRules {
  /** Truth propagation runs before anything that reads its results (see {@link Sessions}). */
  static final int TRUTH_SALIENCE = 100;

  /**
   * The item version being decided; every application fact is tagged with it. {@code full} is
   * false on the screening path (status and questions only), where no material is derived.
   */
  record Subject(String partition, ServiceItem item, boolean full) {
    Subject {
      Objects.requireNonNull(partition, "partition");
      Objects.requireNonNull(item, "item");
    }
  }

  /** A known fact of the application, for the item version {@code partition}. */
  record Known(String partition, String fact, Value value) {}

  /** The truth value a condition node has reached; no Truth for a node means unknown. */
  record Truth(int node, boolean value) {}

  /** A parameter's value in force on the application date. */
  record Param(String id, Value value) {}

  /** A node of a compiled condition tree. */
  sealed interface Node {
    /** The node's id, unique in its shard (one KieBase): ids count from zero in each shard. */
    int id();

    /** The catalogue condition it stands for; empty for nodes the engine adds. */
    Optional<Condition> source();

    /** Where it is in the item, e.g. {@code 620300-MZ-002@2025-01-01/conditions/1}: its rules are named after it. */
    String path();
  }

  record AllNode(int id, List<Node> children, Optional<Condition> source, String path) implements Node {}

  record AnyNode(int id, List<Node> children, Optional<Condition> source, String path) implements Node {}

  record NotNode(int id, Node child, Optional<Condition> source, String path) implements Node {}

  record LeafNode(int id, Condition.Compare compare, String path) implements Node {
    @Override
    public Optional<Condition> source() {
      return Optional.of(compare);
    }
  }

  record KnownNode(int id, Condition.Known known, String path) implements Node {
    @Override
    public Optional<Condition> source() {
      return Optional.of(known);
    }
  }

  /** True for every application: the condition of a scenario that has none. */
  record TrueNode(int id, String path) implements Node {
    @Override
    public Optional<Condition> source() {
      return Optional.empty();
    }
  }

  private final String pkg;
  private final RegionTree regions;
  private final AtomicInteger ids;
  private final List<Rule> rules;

  ConditionRules(String pkg, RegionTree regions, AtomicInteger ids, List<Rule> rules) {
    this.pkg = pkg;
    this.regions = regions;
    this.ids = ids;
    this.rules = rules;
  }

  /**
   * Compiles a catalogue condition for the item version {@code partition}, found at {@code path}
   * in the item (e.g. {@code conditions}, {@code scenarios/agent/when}); children are numbered.
   */
  Node compile(String partition, String path, Condition condition) {
    if (condition instanceof Condition.All a) {
      return all(partition, path, children(partition, path, a.children()), Optional.of(a));
    }
    if (condition instanceof Condition.Any a) {
      return any(partition, path, children(partition, path, a.children()), Optional.of(a));
    }
    if (condition instanceof Condition.Not n) {
      return not(partition, path, compile(partition, path + "/not", n.child()), Optional.of(n));
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
    return out;
  }

  /** A node true when every child is true; one child is passed through unchanged. */
  Node all(String partition, String path, List<Node> children, Optional<Condition> source) {
    if (children.isEmpty()) {
      return alwaysTrue(partition, path);
    }
    if (children.size() == 1 && source.isEmpty()) {
      return children.get(0);
    }
    int id = ids.incrementAndGet();
    String name = partition + "/" + path;
    combine(id, name, children, true);
    return new AllNode(id, List.copyOf(children), source, name);
  }

  /** A node true when at least one child is true. */
  Node any(String partition, String path, List<Node> children, Optional<Condition> source) {
    if (children.size() == 1 && source.isEmpty()) {
      return children.get(0);
    }
    int id = ids.incrementAndGet();
    String name = partition + "/" + path;
    combine(id, name, children, false);
    return new AnyNode(id, List.copyOf(children), source, name);
  }

  /** A node that is true for every application of the item version. */
  Node alwaysTrue(String partition, String path) {
    int id = ids.incrementAndGet();
    String name = partition + "/" + path;
    Variable<Subject> s = D.declarationOf(Subject.class);
    rules.add(rule(name + ".always").build(subject(s, partition), insert(id, true)));
    return new TrueNode(id, name);
  }

  private Node not(String partition, String path, Node child, Optional<Condition> source) {
    int id = ids.incrementAndGet();
    String name = partition + "/" + path;
    for (boolean childValue : new boolean[] {true, false}) {
      Variable<Truth> t = D.declarationOf(Truth.class);
      rules.add(rule(name + (childValue ? ".false" : ".true")).build(truth(t, child.id(), childValue), insert(id, !childValue)));
    }
    return new NotNode(id, child, source, name);
  }

  /**
   * The rules of {@code all} ({@code conjunction}) or {@code any}: one rule joins every child at
   * the dominant value, and one rule per child settles the node as soon as that child has the
   * other value (guarded, so that the node gets one Truth only).
   */
  private void combine(int id, String name, List<Node> children, boolean conjunction) {
    List<org.drools.model.RuleItemBuilder<?>> every = new ArrayList<>();
    for (Node child : children) {
      every.add(truth(D.declarationOf(Truth.class), child.id(), conjunction));
    }
    every.add(insert(id, conjunction));
    rules.add(rule(name + (conjunction ? ".all.true" : ".any.false")).build(every.toArray(new org.drools.model.RuleItemBuilder<?>[0])));
    for (Node child : children) {
      Variable<Truth> t = D.declarationOf(Truth.class);
      Variable<Truth> settled = D.declarationOf(Truth.class);
      rules.add(rule(name + (conjunction ? ".all.false.by " : ".any.true.by ") + child.path()).build(
          truth(t, child.id(), !conjunction),
          D.not(D.pattern(settled).expr("truth.node==" + id, x -> x.node() == id,
              D.alphaIndexedBy(int.class, Index.ConstraintType.EQUAL, 0, Truth::node, id))),
          insert(id, !conjunction)));
    }
  }

  private Node known(String partition, String path, Condition.Known k) {
    int id = ids.incrementAndGet();
    String name = partition + "/" + path;
    Variable<Known> v = D.declarationOf(Known.class);
    rules.add(rule(name + ".known").build(known(v, partition, k.fact()), insert(id, true)));
    return new KnownNode(id, k, name);
  }

  private Node compare(String partition, String path, Condition.Compare c) {
    int id = ids.incrementAndGet();
    String name = partition + "/" + path;
    Operator op = c.operator();
    if (c.operand() instanceof Operand.ParameterRef ref) {
      String parameter = ref.parameter();
      for (boolean holds : new boolean[] {true, false}) {
        Variable<Known> k = D.declarationOf(Known.class);
        Variable<Param> p = D.declarationOf(Param.class);
        Predicate2<Known, Param> test = holds
            ? (x, y) -> Comparisons.test(op, x.value(), y.value())
            : (x, y) -> !Comparisons.test(op, x.value(), y.value());
        rules.add(rule(name + (holds ? ".holds" : ".fails")).build(
            D.pattern(p).expr("param.id==" + parameter, x -> x.id().equals(parameter),
                D.alphaIndexedBy(String.class, Index.ConstraintType.EQUAL, 0, Param::id, parameter)),
            known(k, partition, c.fact()).expr("leaf#" + id + (holds ? ".holds" : ".fails"), p, test),
            insert(id, holds)));
      }
      return new LeafNode(id, c, name);
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
    for (boolean holds : new boolean[] {true, false}) {
      Variable<Known> k = D.declarationOf(Known.class);
      Predicate1<Known> constraint = holds ? x -> test.test(x.value()) : x -> !test.test(x.value());
      rules.add(rule(name + (holds ? ".holds" : ".fails")).build(
          known(k, partition, c.fact()).expr("leaf#" + id + (holds ? ".holds" : ".fails"), constraint),
          insert(id, holds)));
    }
    return new LeafNode(id, c, name);
  }

  // ------------------------------------------------------------------ building blocks

  private org.drools.model.impl.RuleBuilder rule(String name) {
    return D.rule(pkg, name).attribute(Rule.Attribute.SALIENCE, TRUTH_SALIENCE);
  }

  private static org.drools.model.consequences.ConsequenceBuilder._0 insert(int node, boolean value) {
    return D.execute(drools -> drools.insert(new Truth(node, value)));
  }

  /** {@code Subject(partition == p)}: hashed on the item version, so other items' rules never see it. */
  static PatternDef<Subject> subject(Variable<Subject> v, String partition) {
    return D.pattern(v).expr("subject.partition==" + partition, x -> x.partition().equals(partition),
        D.alphaIndexedBy(String.class, Index.ConstraintType.EQUAL, 0, Subject::partition, partition));
  }

  /** {@code Subject(partition == p, full)}: a full decision, which derives the materials too. */
  static PatternDef<Subject> fullSubject(Variable<Subject> v, String partition) {
    return subject(v, partition).expr("subject.full", Subject::full);
  }

  /** {@code Known(partition == p, fact == f)}: hashed on the item version, then on the fact. */
  static PatternDef<Known> known(Variable<Known> v, String partition, String fact) {
    return D.pattern(v)
        .expr("known.partition==" + partition, x -> x.partition().equals(partition),
            D.alphaIndexedBy(String.class, Index.ConstraintType.EQUAL, 0, Known::partition, partition))
        .expr("known.fact==" + fact, x -> x.fact().equals(fact),
            D.alphaIndexedBy(String.class, Index.ConstraintType.EQUAL, 1, Known::fact, fact));
  }

  /** {@code Truth(node == n, value == b)}: hashed on the node id. */
  static PatternDef<Truth> truth(Variable<Truth> v, int node, boolean value) {
    return D.pattern(v)
        .expr("truth.node==" + node, x -> x.node() == node, D.alphaIndexedBy(int.class, Index.ConstraintType.EQUAL, 0, Truth::node, node))
        .expr("truth.value==" + value, x -> x.value() == value,
            D.alphaIndexedBy(boolean.class, Index.ConstraintType.EQUAL, 1, Truth::value, value));
  }
}
