package io.github.tongban.rules.internal;

import io.github.tongban.core.LocalizedText;
import io.github.tongban.core.condition.Condition;
import io.github.tongban.core.condition.Operand;
import io.github.tongban.core.condition.Value;
import io.github.tongban.core.model.Catalogue;
import io.github.tongban.core.model.FactDefinition;
import io.github.tongban.core.model.LegalBasis;
import io.github.tongban.core.model.LocalInfo;
import io.github.tongban.core.model.Material;
import io.github.tongban.core.model.OnlineLevel;
import io.github.tongban.core.model.Region;
import io.github.tongban.core.model.RegionTree;
import io.github.tongban.core.model.Scenario;
import io.github.tongban.core.model.ServiceItem;
import io.github.tongban.core.model.WorkingCalendar;
import io.github.tongban.rules.Acceptance;
import io.github.tongban.rules.Application;
import io.github.tongban.rules.Channel;
import io.github.tongban.rules.Decision;
import io.github.tongban.rules.InvalidApplicationException;
import io.github.tongban.rules.MaterialDecision;
import io.github.tongban.rules.Question;
import io.github.tongban.rules.Reason;
import io.github.tongban.rules.ScenarioRef;
import io.github.tongban.rules.ServicePointRef;
import io.github.tongban.rules.Status;
import io.github.tongban.rules.Timing;
import io.github.tongban.rules.internal.ConditionRules.AllNode;
import io.github.tongban.rules.internal.ConditionRules.AnyNode;
import io.github.tongban.rules.internal.ConditionRules.KnownNode;
import io.github.tongban.rules.internal.ConditionRules.LeafNode;
import io.github.tongban.rules.internal.ConditionRules.Node;
import io.github.tongban.rules.internal.ConditionRules.NotNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.KieSession;

/**
 * Makes one decision: checks the application, runs the item's rules and the policy in a fresh
 * session of the item's shard, and assembles what fired into a {@link Decision}.
 */
public final class Decider {
  private Decider() {}

  /** Decides {@code application} on {@code compiled}; {@code today} is the date when it names none. */
  public static Decision decide(CompiledCatalogue compiled, Application application, LocalDate today) {
    Catalogue catalogue = compiled.catalogue();
    LocalDate date = application.date().orElse(today);
    List<InvalidApplicationException.Problem> problems = new ArrayList<>();
    Optional<ServiceItem> found = catalogue.item(application.item(), date);
    if (found.isEmpty()) {
      problems.add(catalogue.item(application.item()).isPresent()
          ? ApplicationReader.problem("application.item-not-in-force", "item", application.item(), date)
          : ApplicationReader.problem("application.unknown-item", "item", application.item()));
    }
    Optional<Region> point = Optional.empty();
    if (application.channel() instanceof Channel.AtPoint at) {
      point = catalogue.regions().region(at.region());
      if (point.isEmpty()) {
        problems.add(ApplicationReader.problem("application.unknown-point", "channel", at.region()));
      }
    }
    Map<String, Value> facts = ApplicationReader.read(catalogue, application.facts(), problems);
    if (!problems.isEmpty()) {
      throw new InvalidApplicationException(problems);
    }
    ServiceItem item = found.orElseThrow();
    ItemProgram program = compiled.program(item);
    Fired fired = run(compiled, program, facts, point, date);
    return assemble(catalogue, program, facts, point, date, fired);
  }

  /** What one session produced. */
  private record Fired(Map<Integer, Boolean> truths, List<MaterialPolicy.Verdict> materials,
      List<AcceptancePolicy.Verdict> acceptance, List<String> trace) {}

  private static Fired run(CompiledCatalogue compiled, ItemProgram program, Map<String, Value> facts, Optional<Region> point, LocalDate date) {
    KieSession session = compiled.base(program.item()).newKieSession();
    List<String> trace = new ArrayList<>();
    try {
      session.addEventListener(new DefaultAgendaEventListener() {
        @Override
        public void afterMatchFired(AfterMatchFiredEvent event) {
          trace.add(event.getMatch().getRule().getName());
        }
      });
      session.insert(new ConditionRules.Subject(program.partition(), program.item()));
      facts.forEach((id, v) -> session.insert(new ConditionRules.Known(program.partition(), id, v)));
      for (var parameter : compiled.catalogue().parameters()) {
        parameter.valueOn(date).ifPresent(v -> session.insert(new ConditionRules.Param(parameter.id(), v)));
      }
      if (point.isPresent()) {
        session.insert(new AcceptancePolicy.Point(point.get()));
      } else {
        session.insert(new AcceptancePolicy.Online(true));
      }
      session.fireAllRules();
      Map<Integer, Boolean> truths = new HashMap<>();
      List<MaterialPolicy.Verdict> materials = new ArrayList<>();
      List<AcceptancePolicy.Verdict> acceptance = new ArrayList<>();
      for (Object o : session.getObjects()) {
        if (o instanceof ConditionRules.Truth t) {
          truths.put(t.node(), t.value());
        } else if (o instanceof MaterialPolicy.Verdict v) {
          materials.add(v);
        } else if (o instanceof AcceptancePolicy.Verdict v) {
          acceptance.add(v);
        }
      }
      return new Fired(truths, materials, acceptance, trace);
    } finally {
      session.dispose();
    }
  }

  private static Decision assemble(Catalogue catalogue, ItemProgram program, Map<String, Value> facts, Optional<Region> point,
      LocalDate date, Fired fired) {
    ServiceItem item = program.item();
    Map<Integer, Boolean> truths = fired.truths();
    Boolean eligible = truths.get(program.eligibility().id());
    Status status = eligible == null ? Status.NEEDS_INFO : eligible ? Status.ELIGIBLE : Status.INELIGIBLE;

    Timing timing = timing(catalogue.calendar(), item, date);
    List<ScenarioRef> scenarios = new ArrayList<>();
    for (Scenario s : item.scenarios()) {
      Node selector = program.selectors().get(s.id());
      if (selector == null || Boolean.TRUE.equals(truths.get(selector.id()))) {
        scenarios.add(new ScenarioRef(s.id(), s.name()));
      }
    }
    List<MaterialDecision> materials = materials(item, fired.materials(), timing);
    Acceptance acceptance = acceptance(catalogue, item, facts, point, fired.acceptance());

    List<Reason> reasons = new ArrayList<>();
    if (status != Status.ELIGIBLE) {
      program.conditions().ifPresent(n -> reasons(item, n, truths, Optional.empty(), reasons));
      scenarioReasons(item, program, truths, reasons);
    }
    List<Question> questions = status == Status.INELIGIBLE ? List.of()
        : questions(catalogue, program, facts, truths, materials, acceptance);
    return new Decision(catalogue.info().version(), item.code(), item.name(), item.version(), status, reasons, questions,
        scenarios, materials, acceptance, timing, item.fee(), item.trips(), item.onlineLevel(), fired.trace());
  }

  // ------------------------------------------------------------------ time

  private static Timing timing(WorkingCalendar calendar, ServiceItem item, LocalDate date) {
    int promised = item.timeLimit().instant() ? 0 : item.timeLimit().promised();
    LocalDate promisedDue = calendar.addWorkingDays(date, promised);
    LocalDate statutoryDue = calendar.addWorkingDays(date, item.timeLimit().statutory());
    return new Timing(date, item.timeLimit().statutory(), promised, item.timeLimit().instant(), promisedDue, statutoryDue,
        calendar.covers(date) && calendar.covers(statutoryDue));
  }

  // ------------------------------------------------------------------ materials

  private static List<MaterialDecision> materials(ServiceItem item, List<MaterialPolicy.Verdict> verdicts, Timing timing) {
    Map<String, MaterialPolicy.Verdict> byId = new HashMap<>();
    for (MaterialPolicy.Verdict v : verdicts) {
      byId.merge(v.need().material().id(), v, (a, b) -> a.need().conditional() ? b : a);
    }
    List<MaterialDecision> out = new ArrayList<>();
    for (Material m : item.materials()) {
      MaterialPolicy.Verdict v = byId.get(m.id());
      if (v == null) {
        continue;
      }
      MaterialDecision.Status status = v.status();
      out.add(new MaterialDecision(m.id(), m.name(), m.form(), m.copies(), status,
          status == MaterialDecision.Status.EXEMPT ? m.source().provider() : Optional.empty(),
          status == MaterialDecision.Status.DEFERRABLE ? Optional.of(timing.promisedDue()) : Optional.empty(),
          m.essential(), v.need().conditional(), m.notes()));
    }
    return out;
  }

  // ------------------------------------------------------------------ acceptance

  private static Acceptance acceptance(Catalogue catalogue, ServiceItem item, Map<String, Value> facts, Optional<Region> point,
      List<AcceptancePolicy.Verdict> verdicts) {
    RegionTree tree = catalogue.regions();
    // the session returns facts in no fixed order: choose deterministically, the household before the residence
    Comparator<AcceptancePolicy.Verdict> preference = Comparator
        .comparing((AcceptancePolicy.Verdict v) -> v.mode().map(Enum::ordinal).orElse(Integer.MAX_VALUE))
        .thenComparing(v -> v.home().map(h -> h.equals(AcceptancePolicy.HOUSEHOLD) ? 0 : 1).orElse(2))
        .thenComparing(v -> v.why().ordinal());
    AcceptancePolicy.Verdict verdict = verdicts.stream().filter(v -> v.outcome() == Acceptance.Outcome.ACCEPTED).min(preference)
        .or(() -> verdicts.stream().filter(v -> v.outcome() == Acceptance.Outcome.REFUSED).min(preference))
        .orElse(new AcceptancePolicy.Verdict(Acceptance.Outcome.UNDETERMINED, Optional.empty(), AcceptancePolicy.Why.HOME_UNKNOWN, Optional.empty()));
    // the territorial authority (属地) follows the household registration, or the residence when that is unknown
    Optional<String> home = Optional.ofNullable(facts.get(AcceptancePolicy.HOUSEHOLD))
        .or(() -> Optional.ofNullable(facts.get(AcceptancePolicy.RESIDENCE)))
        .map(v -> ((Value.Text) v).value());

    LocalizedText explanation = switch (verdict.why()) {
      case ONLINE_FULL -> Texts.of("acceptance.online-full");
      case NOT_FULLY_ONLINE -> Texts.of("acceptance.not-fully-online");
      case LEVEL -> Texts.of("acceptance.level");
      case IN_SCOPE -> Texts.of("acceptance.in-scope." + verdict.mode().orElseThrow().name().toLowerCase(java.util.Locale.ROOT));
      case OUT_OF_SCOPE -> Texts.of("acceptance.out-of-scope", item.scope().label());
      case HOME_UNKNOWN -> Texts.of("acceptance.home-unknown");
    };
    List<ServicePointRef> alternatives = verdict.outcome() == Acceptance.Outcome.ACCEPTED || home.isEmpty() ? List.of()
        : alternatives(tree, item, home.get(), point.map(Region::code).orElse(home.get()));
    return new Acceptance(verdict.outcome(), verdict.mode(), point.map(ServicePointRef::of),
        home.flatMap(h -> authority(tree, item, h)), item.delivery(), alternatives,
        item.onlineLevel() == OnlineLevel.FULL && point.isPresent(), explanation);
  }

  /** The authority that decides for an applicant at home in {@code home}: the one of their territory. */
  static Optional<String> authority(RegionTree tree, ServiceItem item, String home) {
    return tree.ancestorAt(home, item.authority().level()).map(region -> {
      LocalInfo local = item.local().get(region.code());
      return local != null && local.authorityName().isPresent() ? local.authorityName().get() : region.name() + item.authority().name();
    });
  }

  /** The three nearest service points (by distance in the region tree) that may accept the item for this applicant. */
  static List<ServicePointRef> alternatives(RegionTree tree, ServiceItem item, String home, String from) {
    return tree.regions().stream()
        .filter(r -> AcceptancePolicy.mode(tree, item, r, home).isPresent())
        .sorted(Comparator.comparingInt((Region r) -> distance(tree, from, r.code())).thenComparing(Region::code))
        .limit(3)
        .map(ServicePointRef::of)
        .toList();
  }

  /** Steps between two regions through their nearest common ancestor. */
  private static int distance(RegionTree tree, String a, String b) {
    List<String> up = tree.pathToRoot(a).stream().map(Region::code).toList();
    List<Region> other = tree.pathToRoot(b);
    for (int j = 0; j < other.size(); j++) {
      int i = up.indexOf(other.get(j).code());
      if (i >= 0) {
        return i + j;
      }
    }
    return Integer.MAX_VALUE / 2;
  }

  // ------------------------------------------------------------------ reasons

  private static void reasons(ServiceItem item, Node node, Map<Integer, Boolean> truths, Optional<String> basis, List<Reason> out) {
    Boolean t = truths.get(node.id());
    if (Boolean.TRUE.equals(t)) {
      return;
    }
    Optional<String> cited = node.source().flatMap(Condition::basis).or(() -> basis);
    Optional<String> text = node.source().flatMap(Condition::text);
    Reason.Kind kind = t == null ? Reason.Kind.UNKNOWN : Reason.Kind.FAILED;
    if (text.isPresent() || node instanceof LeafNode || node instanceof KnownNode) {
      out.add(new Reason(kind, text.orElseGet(() -> wording(node)), cited.flatMap(item::legalBasis), factsOf(node)));
      return;
    }
    if (node instanceof NotNode n) {
      out.add(new Reason(kind, "不满足:" + wording(n.child()), cited.flatMap(item::legalBasis), factsOf(n)));
    } else {
      children(node).forEach(c -> reasons(item, c, truths, cited, out));
    }
  }

  private static void scenarioReasons(ServiceItem item, ItemProgram program, Map<Integer, Boolean> truths, List<Reason> out) {
    boolean anyApplies = false;
    boolean anyUnknown = false;
    for (Scenario s : item.scenarios()) {
      Node selector = program.selectors().get(s.id());
      Boolean applies = selector == null ? Boolean.TRUE : truths.get(selector.id());
      if (Boolean.TRUE.equals(applies)) {
        anyApplies = true;
        Node extra = program.scenarioConditions().get(s.id());
        if (extra != null) {
          reasons(item, extra, truths, Optional.empty(), out);
        }
      } else if (applies == null) {
        anyUnknown = true;
      }
    }
    if (!anyApplies) {
      LocalizedText text = Texts.of(anyUnknown ? "reason.scenario-unknown" : "reason.no-scenario");
      List<String> facts = new ArrayList<>();
      program.selectors().values().forEach(n -> facts.addAll(factsOf(n)));
      out.add(new Reason(anyUnknown ? Reason.Kind.UNKNOWN : Reason.Kind.FAILED, text.zh(), Optional.empty(),
          List.copyOf(new LinkedHashSet<>(facts))));
    }
  }

  /** A condition's wording derived from the fact dictionary's names, for conditions the catalogue does not word. */
  private static String wording(Node node) {
    if (node instanceof LeafNode l) {
      Condition.Compare c = l.compare();
      String operand;
      if (c.operand() instanceof Operand.Literal lit) {
        operand = lit.value().toString();
      } else if (c.operand() instanceof Operand.ListOf list) {
        operand = String.join("、", list.values().stream().map(Value::toString).toList());
      } else if (c.operand() instanceof Operand.ParameterRef p) {
        operand = "参数 " + p.parameter();
      } else {
        operand = ((Operand.RegionRef) c.operand()).region();
      }
      return c.text().orElse(c.fact() + " " + c.operator().label() + " " + operand);
    }
    if (node instanceof KnownNode k) {
      return k.known().text().orElse("须提供 " + k.known().fact());
    }
    return node.source().flatMap(Condition::text).orElse("(条件 " + node.id() + ")");
  }

  /** The children of a node, in order; none for leaves. */
  private static List<Node> children(Node node) {
    if (node instanceof AllNode a) {
      return a.children();
    }
    if (node instanceof AnyNode a) {
      return a.children();
    }
    if (node instanceof NotNode n) {
      return List.of(n.child());
    }
    return List.of();
  }

  private static List<String> factsOf(Node node) {
    Set<String> facts = new LinkedHashSet<>();
    collectFacts(node, facts);
    return List.copyOf(facts);
  }

  private static void collectFacts(Node node, Set<String> facts) {
    if (node instanceof LeafNode l) {
      facts.add(l.compare().fact());
    } else if (node instanceof KnownNode k) {
      facts.add(k.known().fact());
    } else {
      children(node).forEach(c -> collectFacts(c, facts));
    }
  }

  // ------------------------------------------------------------------ questions

  private static List<Question> questions(Catalogue catalogue, ItemProgram program, Map<String, Value> facts,
      Map<Integer, Boolean> truths, List<MaterialDecision> materials, Acceptance acceptance) {
    Set<String> wanted = new LinkedHashSet<>();
    program.conditions().ifPresent(n -> unknownFacts(n, truths, wanted));
    boolean anyApplies = false;
    for (Scenario s : program.item().scenarios()) {
      Node selector = program.selectors().get(s.id());
      Boolean applies = selector == null ? Boolean.TRUE : truths.get(selector.id());
      if (applies == null) {
        unknownFacts(selector, truths, wanted);
      } else if (applies) {
        anyApplies = true;
        Node extra = program.scenarioConditions().get(s.id());
        if (extra != null) {
          unknownFacts(extra, truths, wanted);
        }
      }
    }
    if (anyApplies) {
      for (MaterialDecision m : materials) {
        if (m.conditional()) {
          unknownFacts(program.requiredWhen().get(m.id()), truths, wanted);
        }
      }
    }
    if (acceptance.outcome() == Acceptance.Outcome.UNDETERMINED) {
      wanted.add(AcceptancePolicy.HOUSEHOLD);
    }
    List<Question> out = new ArrayList<>();
    for (String fact : wanted) {
      if (facts.containsKey(fact)) {
        continue;
      }
      catalogue.fact(fact).ifPresent(def -> out.add(question(def)));
    }
    return out;
  }

  private static Question question(FactDefinition def) {
    return new Question(def.id(), def.label(), def.question(), def.type(), def.allowedValues(), def.unit());
  }

  /** The facts of the unknown leaves reachable from {@code node} through unknown nodes, in tree order. */
  private static void unknownFacts(Node node, Map<Integer, Boolean> truths, Set<String> out) {
    if (truths.containsKey(node.id())) {
      return;
    }
    if (node instanceof LeafNode l) {
      out.add(l.compare().fact());
    } else if (node instanceof KnownNode k) {
      out.add(k.known().fact());
    } else {
      children(node).forEach(c -> unknownFacts(c, truths, out));
    }
  }

}
