package io.github.tongban.rules;

import io.github.tongban.core.LocalizedText;
import io.github.tongban.core.condition.Condition;
import io.github.tongban.core.condition.FactType;
import io.github.tongban.core.condition.Operand;
import io.github.tongban.core.condition.Operator;
import io.github.tongban.core.condition.Value;
import io.github.tongban.core.internal.logic.Formula;
import io.github.tongban.core.internal.logic.ItemLogic;
import io.github.tongban.core.internal.logic.Tri;
import io.github.tongban.core.model.Catalogue;
import io.github.tongban.core.model.FactDefinition;
import io.github.tongban.core.model.Parameter;
import io.github.tongban.core.model.Region;
import io.github.tongban.core.model.ServiceItem;
import io.github.tongban.core.wording.ConditionWording;
import io.github.tongban.core.model.Scenario;
import io.github.tongban.rules.internal.ItemProgram;
import io.github.tongban.rules.internal.Node;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Writes the reasons of a decision (see docs/decisions.md, "Reasons"): for an application that is
 * not eligible, every condition that fails or is still open; for an eligible one, the conditions
 * that hold; each with the legal basis it cites and the values it applied.
 */
final class Reasons {
  private final Catalogue catalogue;
  private final ServiceItem item;
  private final ItemLogic logic;
  private final Map<String, Value> facts;
  private final Settled settled;
  private final ConditionWording conditions;

  Reasons(Catalogue catalogue, Settled settled) {
    this.catalogue = catalogue;
    this.item = settled.program().item();
    this.logic = settled.logic();
    this.facts = settled.facts();
    this.settled = settled;
    this.conditions = ConditionWording.of(catalogue);
  }

  /** The reasons of a decision with {@code status}: the item's conditions, then its scenarios'. */
  List<Reason> of(Status status) {
    List<Reason> out = new ArrayList<>();
    boolean met = status == Status.ELIGIBLE;
    ItemProgram program = settled.program();
    program.conditions().ifPresent(n -> walk(n, met, Optional.empty(), out));
    boolean anyApplies = false;
    for (Scenario s : item.scenarios()) {
      Node selector = program.selectors().get(s.id());
      if (selector == null || settled.of(selector) == Tri.TRUE) {
        anyApplies = true;
        Node extra = program.scenarioConditions().get(s.id());
        if (extra != null) {
          walk(extra, met, Optional.empty(), out);
        }
      }
    }
    Tri hold = settled.of(logic.scenariosHold());
    if (!anyApplies && hold != Tri.TRUE) {
      boolean open = hold == Tri.OPEN;
      LocalizedText text = Texts.of(open ? "reason.scenario-unknown" : "reason.no-scenario");
      List<String> facts = open ? settled.relevant(logic.scenariosHold())
          : program.selectors().values().stream().flatMap(n -> factsOf(n).stream()).distinct().toList();
      out.add(new Reason(open ? Reason.Kind.UNKNOWN : Reason.Kind.FAILED, text, Optional.empty(), facts, List.of()));
    }
    return out;
  }

  /** The reasons under {@code node} for a decision whose status is eligible ({@code met}) or not. */
  private void walk(Node node, boolean met, Optional<String> basis, List<Reason> out) {
    Tri t = settled.of(node);
    if (met ? t != Tri.TRUE : t == Tri.TRUE) {
      return;
    }
    Optional<String> cited = node.source().flatMap(Condition::basis).or(() -> basis);
    boolean text = node.source().flatMap(Condition::text).isPresent();
    Reason.Kind kind = met ? Reason.Kind.MET : t == Tri.FALSE ? Reason.Kind.FAILED : Reason.Kind.UNKNOWN;
    if (text || node instanceof Node.Leaf || node instanceof Node.Known) {
      out.add(new Reason(kind, wording(node), cited.flatMap(item::legalBasis), factsOf(node), applied(node, kind)));
      return;
    }
    if (node instanceof Node.Not n) {
      out.add(new Reason(kind, ConditionWording.not(wording(n.child())), cited.flatMap(item::legalBasis), factsOf(n), applied(n, kind)));
    } else {
      node.children().forEach(c -> walk(c, met, cited, out));
    }
  }

  /**
   * The whole tree under {@code node} as one condition of {@code kind} (the deferral exclusion is
   * stated so): its wording, the legal basis it cites (or else the first of its parts to cite
   * one), the facts it tests and the values it applied.
   */
  Reason whole(Node node, Reason.Kind kind) {
    Condition c = node.source().orElseThrow(() -> new IllegalArgumentException("not a catalogue condition: " + node.path()));
    return new Reason(kind, wording(c), firstBasis(c).flatMap(item::legalBasis), factsOf(node), applied(node, kind));
  }

  private static Optional<String> firstBasis(Condition c) {
    if (c.basis().isPresent()) {
      return c.basis();
    }
    List<Condition> parts = c instanceof Condition.All a ? a.children() : c instanceof Condition.Any a ? a.children()
        : c instanceof Condition.Not n ? List.of(n.child()) : List.of();
    return parts.stream().map(Reasons::firstBasis).flatMap(Optional::stream).findFirst();
  }

  // ---------------------------------------------------------------- values applied

  /**
   * The comparisons under {@code node} whose fact is given: those that hold for a met reason,
   * those that fail for a failed one, all of them for an open one.
   */
  private List<AppliedValue> applied(Node node, Reason.Kind kind) {
    List<AppliedValue> out = new ArrayList<>();
    collectApplied(node, kind, false, out);
    return out;
  }

  private void collectApplied(Node node, Reason.Kind kind, boolean negated, List<AppliedValue> out) {
    if (node instanceof Node.Leaf l) {
      Value v = facts.get(l.compare().fact());
      if (v == null) {
        return;
      }
      Formula.Test test = (Formula.Test) logic.formula(l.compare()).orElseThrow();
      boolean holds = test.test().test(v);
      boolean wanted = switch (kind) {
        case MET -> holds != negated;
        case FAILED -> holds == negated;
        case UNKNOWN -> true;
      };
      if (wanted) {
        out.add(applied(l.compare(), test, v, holds));
      }
    } else if (node instanceof Node.Not n) {
      collectApplied(n.child(), kind, !negated, out);
    } else {
      node.children().forEach(c -> collectApplied(c, kind, negated, out));
    }
  }

  private AppliedValue applied(Condition.Compare c, Formula.Test test, Value v, boolean holds) {
    FactDefinition def = catalogue.fact(c.fact()).orElseThrow();
    Optional<String> unit = def.unit();
    String value = v.toString();
    String threshold = String.join("、", test.operands().stream().map(Value::toString).toList());
    Optional<String> parameter = Optional.empty();
    Optional<String> parameterLabel = Optional.empty();
    Optional<Parameter> p = Optional.empty();
    if (c.operand() instanceof Operand.ParameterRef ref) {
      p = catalogue.parameter(ref.parameter());
      parameter = Optional.of(ref.parameter());
      parameterLabel = p.map(Parameter::label);
    }
    boolean elsewhere = def.type() == FactType.REGION && !catalogue.regions().inCity(value);
    LocalizedText text = words(def, c.operator(), v, holds, test, p, elsewhere);
    return new AppliedValue(c.fact(), def.label(), value, unit, c.operator(), holds, threshold, parameter, parameterLabel,
        test.parameterValue().map(pv -> pv.validity().from()), test.parameterValue().flatMap(pv -> pv.validity().to()),
        p.map(Parameter::basis), elsewhere, text);
  }

  /**
   * The comparison in words, e.g. 家庭月人均收入 800 元/月,不高于城市低保标准 810 元/月(自 2026-01-01 起) /
   * 家庭月人均收入 800 元/月, not above 城市低保标准 810 元/月 (in force from 2026-01-01). The English
   * form holds no Chinese but the catalogue's own (labels, units, region names, values).
   */
  private LocalizedText words(FactDefinition def, Operator op, Value v, boolean holds, Formula.Test test, Optional<Parameter> p,
      boolean elsewhere) {
    String unit = def.unit().map(u -> " " + u).orElse("");
    if (def.type() == FactType.REGION) {
      String code = v.toString();
      if (elsewhere) {
        return new LocalizedText(def.label() + "不在本市(" + code + ")", def.label() + " " + code + ": outside the city");
      }
      Optional<String> exact = catalogue.regions().region(code).map(Region::name);
      Optional<String> within = exact.isPresent() ? Optional.empty() : catalogue.regions().locate(code).map(Region::name);
      String nameZh = exact.or(() -> within.map(n -> n + "辖区")).orElse(code);
      String nameEn = exact.or(() -> within.map(n -> "in " + n)).orElse(code);
      List<String> targets = test.operands().stream().map(o -> regionName(o.toString())).toList();
      return new LocalizedText(def.label() + " " + code + "(" + nameZh + ")," + relation(op, holds, false).zh() + " " + String.join("、", targets),
          def.label() + " " + code + " (" + nameEn + ") " + relation(op, holds, false).en() + " " + String.join(", ", targets));
    }
    if (def.type() == FactType.BOOLEAN) {
      LocalizedText given = ConditionWording.yesNo(((Value.Bool) v).value());
      return new LocalizedText(def.label() + ":" + given.zh() + (holds ? "" : ",不符合要求"),
          def.label() + ": " + given.en() + (holds ? "" : ", not as required"));
    }
    LocalizedText rel = relation(op, holds, def.type() == FactType.DATE);
    boolean quoted = def.type() == FactType.ENUM || def.type() == FactType.TEXT;
    String operand;
    String operandEn;
    if (p.isPresent()) {
      Value pv = test.operands().get(0);
      String from = test.parameterValue().map(x -> x.validity().from().toString()).orElse("");
      String pUnit = p.get().unit().map(u -> " " + u).orElse(unit);
      operand = p.get().label() + " " + pv + pUnit + "(自 " + from + " 起)";
      operandEn = p.get().label() + " " + pv + pUnit + " (in force from " + from + ")";
    } else {
      List<String> values = test.operands().stream().map(Value::toString).toList();
      operand = quoted ? "「" + String.join("、", values) + "」" : String.join("、", values) + unit;
      operandEn = quoted ? "\"" + String.join(", ", values) + "\"" : String.join(", ", values) + unit;
    }
    String shown = quoted ? "「" + v + "」" : v + unit;
    String shownEn = quoted ? "\"" + v + "\"" : v + unit;
    return new LocalizedText(def.label() + " " + shown + "," + rel.zh() + operand, def.label() + " " + shownEn + ", " + rel.en() + " " + operandEn);
  }

  private String regionName(String code) {
    return catalogue.regions().region(code).map(Region::name).orElse(code);
  }

  /** The relation a value has to its operand, as it turned out. */
  private static LocalizedText relation(Operator op, boolean holds, boolean dates) {
    Operator shown = holds ? op : switch (op) {
      case LE -> Operator.GT;
      case LT -> Operator.GE;
      case GE -> Operator.LT;
      case GT -> Operator.LE;
      case EQ -> Operator.NE;
      case NE -> Operator.EQ;
      case IN -> Operator.NOT_IN;
      case NOT_IN -> Operator.IN;
      case WITHIN -> null;
    };
    if (shown == null) {
      return new LocalizedText("不位于", "not within");
    }
    return switch (shown) {
      case LE -> dates ? new LocalizedText("不晚于", "on or before") : new LocalizedText("不高于", "not above");
      case LT -> dates ? new LocalizedText("早于", "before") : new LocalizedText("低于", "below");
      case GE -> dates ? new LocalizedText("不早于", "on or after") : new LocalizedText("不低于", "at least");
      case GT -> dates ? new LocalizedText("晚于", "after") : new LocalizedText("高于", "above");
      case EQ -> new LocalizedText("等于", "equal to");
      case NE -> new LocalizedText("不等于", "not equal to");
      case IN -> new LocalizedText("属于", "one of");
      case NOT_IN -> new LocalizedText("不属于", "none of");
      case WITHIN -> new LocalizedText("位于", "within");
    };
  }

  // ---------------------------------------------------------------- wording

  /** A node's condition in words (see {@link ConditionWording}). */
  LocalizedText wording(Node node) {
    return node.source().map(this::wording).orElseGet(() -> Texts.of("reason.condition"));
  }

  /** Any condition in words: its text, or a wording derived from the fact dictionary. */
  LocalizedText wording(Condition c) {
    return conditions.words(c);
  }

  // ---------------------------------------------------------------- tree helpers

  static List<String> factsOf(Node node) {
    Set<String> facts = new LinkedHashSet<>();
    collectFacts(node, facts);
    return List.copyOf(facts);
  }

  private static void collectFacts(Node node, Set<String> facts) {
    if (node instanceof Node.Leaf l) {
      facts.add(l.compare().fact());
    } else if (node instanceof Node.Known k) {
      facts.add(k.known().fact());
    } else {
      node.children().forEach(c -> collectFacts(c, facts));
    }
  }
}
