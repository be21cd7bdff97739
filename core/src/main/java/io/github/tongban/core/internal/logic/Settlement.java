package io.github.tongban.core.internal.logic;

import io.github.tongban.core.condition.Value;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Settles formulas exactly over an {@link AnswerSpace}: a formula is true (false) when every
 * possible answer to the variables still open makes it true (false), and open otherwise; a
 * variable is relevant when some answer to it can change the formula's value.
 *
 * <p>How: three-valued (Kleene) evaluation first, where a comparison whose fact is open is
 * already settled when all the fact's classes agree on it. Kleene evaluation is exact when no
 * open variable is read twice (a read-once formula); otherwise the formula is split on such a
 * variable, class by class (Shannon expansion), and each part settled the same way. Items are
 * small, so the splits stay few; the cost is nothing when Kleene evaluation already settles.
 */
public final class Settlement {
  private final AnswerSpace space;
  private final Map<Formula.Test, Tri> constantLeaves = new IdentityHashMap<>();

  /** A settlement of {@code formulas} (and of any formula made of their parts) over {@code space}. Immutable. */
  public Settlement(AnswerSpace space, Collection<Formula> formulas) {
    this.space = Objects.requireNonNull(space, "space");
    formulas.forEach(this::precompute);
  }

  private void precompute(Formula f) {
    for (Formula leaf : Formula.leaves(f)) {
      if (leaf instanceof Formula.Test t) {
        constantLeaves.put(t, constantOver(t));
      }
    }
  }

  public AnswerSpace space() {
    return space;
  }

  /**
   * What is known: the application's facts, and the values a split has fixed on top of them.
   * Immutable; fixing a value makes a new assignment that shares the rest.
   */
  public static final class Assignment {
    private final Map<String, Value> facts;
    private final Var var;
    private final Value value;
    private final Assignment parent;

    private Assignment(Map<String, Value> facts, Var var, Value value, Assignment parent) {
      this.facts = facts;
      this.var = var;
      this.value = value;
      this.parent = parent;
    }

    /** The application's facts: each given fact's value, and "given" for each. */
    public static Assignment ofFacts(Map<String, Value> facts) {
      return new Assignment(facts, null, null, null);
    }

    public static Assignment empty() {
      return ofFacts(Map.of());
    }

    /** The value of {@code v}, or null while it is open. */
    public Value get(Var v) {
      for (Assignment a = this; a.parent != null; a = a.parent) {
        if (a.var.equals(v)) {
          return a.value;
        }
      }
      Value fact = facts.get(v.fact());
      return fact == null ? null : v.given() ? GIVEN : fact;
    }

    public boolean has(Var v) {
      return get(v) != null;
    }

    /** This assignment with {@code var} set to {@code value} (a fact's value and whether it is given are separate variables). */
    public Assignment with(Var var, Value value) {
      return new Assignment(facts, var, value, this);
    }
  }

  private static final Value GIVEN = new Value.Bool(true);

  /**
   * How many formula nodes one question to the settlement may visit. Catalogue items are far
   * below it (conditions have at most 64 leaves, and the sample's worst case visits a few
   * thousand nodes); a hostile item reaching it gets the cautious answer: open, and every open
   * variable it reads relevant (a question too many, never a status claimed without proof).
   */
  static final int BUDGET = 2_000_000;

  /** What one public call may still spend. */
  private static final class Budget {
    int left = BUDGET;

    boolean spend() {
      return --left >= 0;
    }
  }

  /** Thrown inside a call that ran out of budget; caught at its entry. */
  private static final class OutOfBudget extends RuntimeException {
    private static final long serialVersionUID = 1L;

    OutOfBudget() {
      super(null, null, false, false);
    }
  }

  /** The three-valued value of {@code f}, exact over the answer space (open when the budget runs out). */
  public Tri settle(Formula f, Assignment known) {
    try {
      return settle(f, known, new Budget());
    } catch (OutOfBudget e) {
      return Tri.OPEN;
    }
  }

  private Tri settle(Formula f, Assignment known, Budget budget) {
    Scan scan = scan(f, known, budget);
    if (scan.value.settled()) {
      return scan.value;
    }
    Var split = scan.repeated();
    if (split == null) {
      return Tri.OPEN;
    }
    List<Formula> parts = independentParts(f, known, budget);
    if (parts != null) {
      // parts that share no open variable: the whole is settled exactly when the parts' values settle it
      boolean conjunction = f instanceof Formula.And;
      boolean allSettled = true;
      for (Formula part : parts) {
        Tri t = settle(part, known, budget);
        if (t == (conjunction ? Tri.FALSE : Tri.TRUE)) {
          return t;
        }
        allSettled &= t.settled();
      }
      return allSettled ? (conjunction ? Tri.TRUE : Tri.FALSE) : Tri.OPEN;
    }
    boolean sawTrue = false;
    boolean sawFalse = false;
    for (Value v : space.classes(split)) {
      Tri t = settle(f, known.with(split, v), budget);
      if (t == Tri.OPEN) {
        return Tri.OPEN;
      }
      sawTrue |= t == Tri.TRUE;
      sawFalse |= t == Tri.FALSE;
      if (sawTrue && sawFalse) {
        return Tri.OPEN;
      }
    }
    return sawTrue ? Tri.TRUE : sawFalse ? Tri.FALSE : Tri.OPEN;
  }

  /**
   * The open variables some answer to which can change {@code f}'s value, in the order of
   * {@link AnswerSpace#variables()} (every open variable {@code f} reads when the budget runs out).
   */
  public Set<Var> relevant(Formula f, Assignment known) {
    Set<Var> found = new LinkedHashSet<>();
    try {
      relevant(f, known, found, new Budget());
    } catch (OutOfBudget e) {
      found.addAll(scan(f, known, new Budget()).occurrences.keySet());
      space.variables().stream().filter(v -> known.get(v) == null && reads(f, v)).forEach(found::add);
    }
    Set<Var> ordered = new LinkedHashSet<>();
    space.variables().stream().filter(found::contains).forEach(ordered::add);
    return ordered;
  }

  private void relevant(Formula f, Assignment known, Set<Var> out, Budget budget) {
    Scan scan = scan(f, known, budget);
    if (scan.value.settled()) {
      return;
    }
    Var split = scan.repeated();
    if (split == null) {
      // read-once: after constants are propagated, every open leaf left counts
      out.addAll(scan.occurrences.keySet());
      return;
    }
    List<Formula> parts = independentParts(f, known, budget);
    if (parts != null) {
      // a variable of one part counts when it counts there and no other part settles the whole
      boolean conjunction = f instanceof Formula.And;
      Tri dominant = conjunction ? Tri.FALSE : Tri.TRUE;
      List<Tri> values = new ArrayList<>();
      for (Formula part : parts) {
        values.add(settle(part, known, budget));
      }
      if (!values.contains(dominant)) {
        for (Formula part : parts) {
          relevant(part, known, out, budget);
        }
      }
      return;
    }
    List<Value> classes = space.classes(split);
    List<Tri> values = new ArrayList<>();
    for (Value v : classes) {
      Assignment a = known.with(split, v);
      values.add(settle(f, a, budget));
      relevant(f, a, out, budget);
    }
    if (!out.contains(split) && differ(f, known, split, classes, values, budget)) {
      out.add(split);
    }
  }

  /** Whether the cofactors of {@code f} on {@code var} are not all the same function. */
  private boolean differ(Formula f, Assignment known, Var var, List<Value> classes, List<Tri> values, Budget budget) {
    boolean anyOpen = values.contains(Tri.OPEN);
    boolean anySettled = values.stream().anyMatch(Tri::settled);
    if (anyOpen && anySettled) {
      return true;
    }
    if (!anyOpen) {
      return values.stream().distinct().count() > 1;
    }
    Formula first = new Formula.Restrict(f, var, classes.get(0));
    for (int i = 1; i < classes.size(); i++) {
      Formula other = new Formula.Restrict(f, var, classes.get(i));
      Formula xor = Formula.or(Formula.and(first, Formula.not(other)), Formula.and(Formula.not(first), other));
      if (settle(xor, known, budget) != Tri.FALSE) {
        return true;
      }
    }
    return false;
  }

  /**
   * The children of an {@code all}/{@code any} (restrictions looked through) when at least two of
   * them read open variables and no two read the same one; null otherwise.
   */
  private List<Formula> independentParts(Formula f, Assignment known, Budget budget) {
    Assignment at = known;
    while (f instanceof Formula.Restrict r) {
      at = at.with(r.var(), r.value());
      f = r.child();
    }
    if (!(f instanceof Formula.And) && !(f instanceof Formula.Or)) {
      return null;
    }
    List<Formula> children = f instanceof Formula.And a ? a.children() : ((Formula.Or) f).children();
    java.util.Set<Var> seen = new java.util.HashSet<>();
    List<Formula> parts = new ArrayList<>();
    int reading = 0;
    for (Formula child : children) {
      Formula bound = bind(child, known, at);
      java.util.Set<Var> vars = scan(bound, known, budget).occurrences.keySet();
      for (Var v : vars) {
        if (!seen.add(v)) {
          return null;
        }
      }
      reading += vars.isEmpty() ? 0 : 1;
      parts.add(bound);
    }
    return reading >= 2 ? parts : null;
  }

  /** {@code child} under the restrictions that {@code at} adds to {@code known}. */
  private static Formula bind(Formula child, Assignment known, Assignment at) {
    Formula out = child;
    for (Assignment a = at; a != known && a.parent != null; a = a.parent) {
      out = new Formula.Restrict(out, a.var, a.value);
    }
    return out;
  }

  /** Whether {@code f} reads {@code v} anywhere (not where a restriction fixes it). */
  private static boolean reads(Formula f, Var v) {
    if (f instanceof Formula.Test t) {
      return t.var().equals(v);
    }
    if (f instanceof Formula.Given g) {
      return g.var().equals(v);
    }
    if (f instanceof Formula.Restrict r && r.var().equals(v)) {
      return false;
    }
    return f.parts().stream().anyMatch(c -> reads(c, v));
  }

  // ---------------------------------------------------------------- Kleene evaluation

  /** A formula's Kleene value, and how often each open variable is read by its open parts. */
  private record Scan(Tri value, Map<Var, Integer> occurrences) {
    Var repeated() {
      for (Map.Entry<Var, Integer> e : occurrences.entrySet()) {
        if (e.getValue() > 1) {
          return e.getKey();
        }
      }
      return null;
    }
  }

  private Scan scan(Formula f, Assignment known, Budget budget) {
    List<Var> open = new ArrayList<>();
    Tri value = eval(f, known, open, budget);
    if (value.settled()) {
      return new Scan(value, Map.of());
    }
    Map<Var, Integer> occurrences = new LinkedHashMap<>();
    open.forEach(v -> occurrences.merge(v, 1, Integer::sum));
    return new Scan(value, occurrences);
  }

  /**
   * Kleene value of {@code f}; pushes the variables of its open leaves onto {@code open}, and
   * pops them again for every part that turns out settled (they cannot matter there).
   */
  private Tri eval(Formula f, Assignment known, List<Var> open, Budget budget) {
    if (!budget.spend()) {
      throw new OutOfBudget();
    }
    if (f instanceof Formula.Const c) {
      return Tri.of(c.value());
    }
    if (f instanceof Formula.Test t) {
      Value v = known.get(t.var());
      if (v != null) {
        return Tri.of(t.test().test(v));
      }
      Tri constant = leafConstant(t);
      if (!constant.settled()) {
        open.add(t.var());
      }
      return constant;
    }
    if (f instanceof Formula.Given g) {
      Value v = known.get(g.var());
      if (v != null) {
        return Tri.of(((Value.Bool) v).value());
      }
      open.add(g.var());
      return Tri.OPEN;
    }
    if (f instanceof Formula.Not n) {
      Tri t = eval(n.child(), known, open, budget);
      return t == Tri.OPEN ? Tri.OPEN : Tri.of(t == Tri.FALSE);
    }
    if (f instanceof Formula.Restrict r) {
      return eval(r.child(), known.with(r.var(), r.value()), open, budget);
    }
    boolean conjunction = f instanceof Formula.And;
    List<Formula> children = conjunction ? ((Formula.And) f).children() : ((Formula.Or) f).children();
    Tri dominant = conjunction ? Tri.FALSE : Tri.TRUE;
    int mark = open.size();
    boolean anyOpen = false;
    for (Formula child : children) {
      int before = open.size();
      Tri t = eval(child, known, open, budget);
      if (t == dominant) {
        open.subList(mark, open.size()).clear();
        return dominant;
      }
      if (t == Tri.OPEN) {
        anyOpen = true;
      } else {
        open.subList(before, open.size()).clear();
      }
    }
    if (anyOpen) {
      return Tri.OPEN;
    }
    open.subList(mark, open.size()).clear();
    return conjunction ? Tri.TRUE : Tri.FALSE;
  }

  /** A comparison whose fact is open: settled when every class of the fact agrees on it. */
  private Tri leafConstant(Formula.Test t) {
    Tri cached = constantLeaves.get(t);
    return cached != null ? cached : constantOver(t);
  }

  private Tri constantOver(Formula.Test t) {
    boolean sawTrue = false;
    boolean sawFalse = false;
    for (Value v : space.classes(t.var())) {
      if (t.test().test(v)) {
        sawTrue = true;
      } else {
        sawFalse = true;
      }
    }
    return sawTrue && sawFalse ? Tri.OPEN : sawTrue ? Tri.TRUE : sawFalse ? Tri.FALSE : Tri.OPEN;
  }
}
