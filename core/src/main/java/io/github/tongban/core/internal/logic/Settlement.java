package io.github.tongban.core.internal.logic;

import io.github.tongban.core.condition.Value;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
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
    if (f instanceof Formula.Test t) {
      constantLeaves.put(t, constantOver(t));
    } else if (f instanceof Formula.And a) {
      a.children().forEach(this::precompute);
    } else if (f instanceof Formula.Or o) {
      o.children().forEach(this::precompute);
    } else if (f instanceof Formula.Not n) {
      precompute(n.child());
    } else if (f instanceof Formula.Restrict r) {
      precompute(r.child());
    }
  }

  public AnswerSpace space() {
    return space;
  }

  /** What is known: values of some variables. */
  public static final class Assignment {
    private final Map<Var, Value> values;

    private Assignment(Map<Var, Value> values) {
      this.values = values;
    }

    /** The application's facts: each given fact's value, and "given" for each. */
    public static Assignment ofFacts(Map<String, Value> facts) {
      Map<Var, Value> m = new HashMap<>();
      facts.forEach((fact, v) -> {
        m.put(Var.value(fact), v);
        m.put(Var.givenFlag(fact), new Value.Bool(true));
      });
      return new Assignment(m);
    }

    public static Assignment empty() {
      return new Assignment(Map.of());
    }

    public Value get(Var v) {
      return values.get(v);
    }

    public boolean has(Var v) {
      return values.containsKey(v);
    }

    /** This assignment with {@code var} set to {@code value} (a fact's value and whether it is given are separate variables). */
    public Assignment with(Var var, Value value) {
      Map<Var, Value> m = new HashMap<>(values);
      m.put(var, value);
      return new Assignment(m);
    }
  }

  /** The three-valued value of {@code f}, exact over the answer space. */
  public Tri settle(Formula f, Assignment known) {
    Scan scan = scan(f, known);
    if (scan.value.settled()) {
      return scan.value;
    }
    Var split = scan.repeated();
    if (split == null) {
      return Tri.OPEN;
    }
    boolean sawTrue = false;
    boolean sawFalse = false;
    for (Value v : space.classes(split)) {
      Tri t = settle(f, known.with(split, v));
      if (t == Tri.OPEN) {
        return Tri.OPEN;
      }
      sawTrue |= t == Tri.TRUE;
      sawFalse |= t == Tri.FALSE;
      if (sawTrue && sawFalse) {
        return Tri.OPEN;
      }
    }
    return sawTrue ? Tri.TRUE : Tri.FALSE;
  }

  /** The open variables some answer to which can change {@code f}'s value, in the order of {@link AnswerSpace#variables()}. */
  public Set<Var> relevant(Formula f, Assignment known) {
    Set<Var> found = new LinkedHashSet<>();
    relevant(f, known, found);
    Set<Var> ordered = new LinkedHashSet<>();
    space.variables().stream().filter(found::contains).forEach(ordered::add);
    return ordered;
  }

  private void relevant(Formula f, Assignment known, Set<Var> out) {
    Scan scan = scan(f, known);
    if (scan.value.settled()) {
      return;
    }
    Var split = scan.repeated();
    if (split == null) {
      // read-once: after constants are propagated, every open leaf left counts
      out.addAll(scan.occurrences.keySet());
      return;
    }
    List<Value> classes = space.classes(split);
    List<Tri> values = new ArrayList<>();
    for (Value v : classes) {
      Assignment a = known.with(split, v);
      values.add(settle(f, a));
      relevant(f, a, out);
    }
    if (!out.contains(split) && differ(f, known, split, classes, values)) {
      out.add(split);
    }
  }

  /** Whether the cofactors of {@code f} on {@code var} are not all the same function. */
  private boolean differ(Formula f, Assignment known, Var var, List<Value> classes, List<Tri> values) {
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
      if (settle(xor, known) != Tri.FALSE) {
        return true;
      }
    }
    return false;
  }

  // ---------------------------------------------------------------- Kleene evaluation

  /** A formula's Kleene value, and how often each open variable is read by open parts. */
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

  private Scan scan(Formula f, Assignment known) {
    Map<Var, Integer> occurrences = new LinkedHashMap<>();
    Tri value = eval(f, known, occurrences);
    return new Scan(value, value.settled() ? Map.of() : occurrences);
  }

  /** Kleene value of {@code f}; counts open leaves into {@code open} only for the open parts that matter. */
  private Tri eval(Formula f, Assignment known, Map<Var, Integer> open) {
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
        open.merge(t.var(), 1, Integer::sum);
      }
      return constant;
    }
    if (f instanceof Formula.Given g) {
      Value v = known.get(g.var());
      if (v != null) {
        return Tri.of(((Value.Bool) v).value());
      }
      open.merge(g.var(), 1, Integer::sum);
      return Tri.OPEN;
    }
    if (f instanceof Formula.Not n) {
      Tri t = eval(n.child(), known, open);
      return t == Tri.OPEN ? Tri.OPEN : Tri.of(t == Tri.FALSE);
    }
    if (f instanceof Formula.Restrict r) {
      return eval(r.child(), known.with(r.var(), r.value()), open);
    }
    boolean conjunction = f instanceof Formula.And;
    List<Formula> children = conjunction ? ((Formula.And) f).children() : ((Formula.Or) f).children();
    Tri dominant = conjunction ? Tri.FALSE : Tri.TRUE;
    Map<Var, Integer> mine = new LinkedHashMap<>();
    boolean anyOpen = false;
    for (Formula child : children) {
      Map<Var, Integer> childOpen = new LinkedHashMap<>();
      Tri t = eval(child, known, childOpen);
      if (t == dominant) {
        return dominant;
      }
      if (t == Tri.OPEN) {
        anyOpen = true;
        childOpen.forEach((k, n) -> mine.merge(k, n, Integer::sum));
      }
    }
    if (anyOpen) {
      mine.forEach((k, n) -> open.merge(k, n, Integer::sum));
      return Tri.OPEN;
    }
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
