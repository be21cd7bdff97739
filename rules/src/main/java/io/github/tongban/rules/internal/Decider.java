package io.github.tongban.rules.internal;

import io.github.tongban.core.LocalizedText;
import io.github.tongban.core.internal.logic.Formula;
import io.github.tongban.core.internal.logic.ItemLogic;
import io.github.tongban.core.internal.logic.Settlement;
import io.github.tongban.core.internal.logic.Tri;
import io.github.tongban.core.internal.logic.Var;
import io.github.tongban.core.condition.Value;
import io.github.tongban.core.model.Catalogue;
import io.github.tongban.core.model.FactDefinition;
import io.github.tongban.core.model.Material;
import io.github.tongban.core.model.Region;
import io.github.tongban.core.model.Scenario;
import io.github.tongban.core.model.ServiceItem;
import io.github.tongban.core.wording.ConditionWording;
import io.github.tongban.rules.Acceptance;
import io.github.tongban.rules.Application;
import io.github.tongban.rules.Channel;
import io.github.tongban.rules.Decision;
import io.github.tongban.rules.Eligibility;
import io.github.tongban.rules.InvalidApplicationException;
import io.github.tongban.rules.MaterialDecision;
import io.github.tongban.rules.Question;
import io.github.tongban.rules.Reason;
import io.github.tongban.rules.ScenarioRef;
import io.github.tongban.rules.Status;
import io.github.tongban.rules.Timing;
import io.github.tongban.rules.internal.ConditionRules.Node;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
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
    Checked c = check(compiled, application, today);
    Fired fired = run(compiled, c.program(), c.facts(), c.point(), c.date(), true);
    return assemble(compiled, c.program(), c.facts(), c.point(), c.date(), fired);
  }

  /**
   * The screening path: only the status and the questions that can change it, the same as
   * {@link #decide} gives, without deriving materials, acceptance or reasons.
   */
  public static Eligibility eligibility(CompiledCatalogue compiled, Application application, LocalDate today) {
    Checked c = check(compiled, application, today);
    Fired fired = run(compiled, c.program(), c.facts(), Optional.empty(), c.date(), false);
    ItemLogic logic = compiled.logic(c.program().item(), c.date());
    Settlement.Assignment known = Settlement.Assignment.ofFacts(c.facts());
    Status status = status(c.program(), logic, known, fired.truths());
    List<Question> questions = new ArrayList<>();
    if (status == Status.NEEDS_INFO) {
      nextQuestions(compiled.catalogue(), logic, known, c.facts(), new LinkedHashSet<>(), questions);
    }
    ServiceItem item = c.program().item();
    return new Eligibility(item.code(), item.version(), status, questions);
  }

  /** An application checked against the catalogue: its item version, place, date and typed facts. */
  private record Checked(ItemProgram program, Map<String, Value> facts, Optional<Region> point, LocalDate date) {}

  private static Checked check(CompiledCatalogue compiled, Application application, LocalDate today) {
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
    return new Checked(compiled.program(found.orElseThrow()), facts, point, date);
  }

  /** The status: what the rules settled, or else what the settlement finds over every open answer. */
  private static Status status(ItemProgram program, ItemLogic logic, Settlement.Assignment known, Map<Integer, Boolean> truths) {
    Boolean rulesSay = truths.get(program.eligibility().id());
    Tri eligible = rulesSay != null ? Tri.of(rulesSay) : logic.settlement().settle(logic.eligibility(), known);
    return eligible == Tri.TRUE ? Status.ELIGIBLE : eligible == Tri.FALSE ? Status.INELIGIBLE : Status.NEEDS_INFO;
  }

  /** The open facts whose answer can change the status, in the order the item first reads them. */
  private static void nextQuestions(Catalogue catalogue, ItemLogic logic, Settlement.Assignment known, Map<String, Value> facts,
      Set<String> asked, List<Question> out) {
    Set<String> relevant = factsOf(logic.settlement().relevant(logic.eligibility(), known));
    logic.settlement().space().facts().stream().filter(relevant::contains).forEach(f -> ask(catalogue, f, facts, asked, out));
  }

  /** What one session produced. */
  private record Fired(Map<Integer, Boolean> truths, List<MaterialPolicy.Verdict> materials,
      List<AcceptancePolicy.Verdict> acceptance, List<String> trace) {}

  /**
   * Runs the item's rules in a fresh session of its shard: only the facts the item reads and the
   * parameters it uses are inserted; a full run also places the application (a point or online),
   * so that the material and acceptance policies fire.
   */
  private static Fired run(CompiledCatalogue compiled, ItemProgram program, Map<String, Value> facts, Optional<Region> point,
      LocalDate date, boolean full) {
    KieSession session = compiled.base(program.item()).newKieSession();
    List<String> trace = new ArrayList<>();
    try {
      session.addEventListener(new DefaultAgendaEventListener() {
        @Override
        public void afterMatchFired(AfterMatchFiredEvent event) {
          trace.add(event.getMatch().getRule().getName());
        }
      });
      session.insert(new ConditionRules.Subject(program.partition(), program.item(), full));
      facts.forEach((id, v) -> {
        if (program.reads().contains(id)) {
          session.insert(new ConditionRules.Known(program.partition(), id, v));
        }
      });
      for (String parameter : program.parameters()) {
        session.insert(new ConditionRules.Param(parameter, compiled.catalogue().parameter(parameter).orElseThrow().inForce(date).value()));
      }
      if (full) {
        session.insert(point.isPresent() ? new AcceptancePolicy.Point(point.get()) : new AcceptancePolicy.Online(true));
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

  private static Decision assemble(CompiledCatalogue compiled, ItemProgram program, Map<String, Value> facts, Optional<Region> point,
      LocalDate date, Fired fired) {
    Catalogue catalogue = compiled.catalogue();
    ServiceItem item = program.item();
    Map<Integer, Boolean> truths = fired.truths();
    // the parameters in force on the date: a gap fails here, clearly, never as a dead-end question
    ItemLogic logic = compiled.logic(item, date);
    Settlement settlement = logic.settlement();
    Settlement.Assignment known = Settlement.Assignment.ofFacts(facts);
    // the rules settle what three-valued logic settles; the settlement decides what they leave open
    Function<Node, Tri> settled = node -> {
      Boolean t = truths.get(node.id());
      if (t != null) {
        return Tri.of(t);
      }
      return node.source().flatMap(logic::formula).map(f -> settlement.settle(f, known)).orElse(Tri.OPEN);
    };
    Status status = status(program, logic, known, truths);

    Reasons words = new Reasons(catalogue, logic, facts, settled);
    Timing timing = Timings.of(catalogue.calendar(), item, date);
    List<ScenarioRef> scenarios = new ArrayList<>();
    List<Formula> openParts = new ArrayList<>();
    for (Scenario s : item.scenarios()) {
      Node selector = program.selectors().get(s.id());
      Tri applies = selector == null ? Tri.TRUE : settled.apply(selector);
      if (applies == Tri.TRUE) {
        scenarios.add(ScenarioRef.applies(s.id(), s.name()));
      } else if (applies == Tri.OPEN) {
        LocalizedText condition = ConditionWording.ifSo(words.wording(s.when().orElseThrow()));
        scenarios.add(new ScenarioRef(s.id(), s.name(), true, Optional.of(condition)));
        openParts.add(logic.selectors().get(s.id()));
      }
    }
    List<MaterialDecision> materials = materials(catalogue, item, logic, known, words, fired.materials(), timing, openParts);
    Acceptance acceptance = Acceptances.of(catalogue, item, facts, point, fired.acceptance());

    List<Reason> reasons = new ArrayList<>();
    boolean met = status == Status.ELIGIBLE;
    program.conditions().ifPresent(n -> words.walk(n, met, Optional.empty(), reasons));
    scenarioReasons(item, program, logic, settlement, known, settled, words, met, reasons);

    List<Question> questions = new ArrayList<>();
    List<Question> followUps = new ArrayList<>();
    Set<String> asked = new LinkedHashSet<>();
    // questions come in the order the item first reads their facts
    List<String> order = settlement.space().facts();
    if (status == Status.NEEDS_INFO) {
      nextQuestions(catalogue, logic, known, facts, asked, questions);
    }
    if (status != Status.INELIGIBLE) {
      Set<String> refine = new LinkedHashSet<>();
      openParts.forEach(f -> refine.addAll(factsOf(settlement.relevant(f, known))));
      order.stream().filter(refine::contains).forEach(f -> ask(catalogue, f, facts, asked, followUps));
      // where the application may be handed in waits for the household, or then for a residence that counts
      if (acceptance.outcome() == Acceptance.Outcome.UNDETERMINED) {
        ask(catalogue, facts.containsKey(AcceptancePolicy.HOUSEHOLD) ? AcceptancePolicy.RESIDENCE : AcceptancePolicy.HOUSEHOLD,
            facts, asked, followUps);
      }
    }
    return new Decision(catalogue.info().version(), item.code(), item.name(), item.version(), status, reasons, questions, followUps,
        scenarios, materials, acceptance, timing, item.fee(), item.trips(), item.onlineLevel(), fired.trace());
  }

  private static void ask(Catalogue catalogue, String fact, Map<String, Value> facts, Set<String> asked, List<Question> out) {
    if (!facts.containsKey(fact) && asked.add(fact)) {
      catalogue.fact(fact).ifPresent(def -> out.add(question(def)));
    }
  }

  private static Set<String> factsOf(Set<Var> vars) {
    Set<String> out = new LinkedHashSet<>();
    vars.forEach(v -> out.add(v.fact()));
    return out;
  }

  private static void scenarioReasons(ServiceItem item, ItemProgram program, ItemLogic logic, Settlement settlement,
      Settlement.Assignment known, Function<Node, Tri> settled, Reasons words, boolean met, List<Reason> out) {
    boolean anyApplies = false;
    for (Scenario s : item.scenarios()) {
      Node selector = program.selectors().get(s.id());
      if (selector == null || settled.apply(selector) == Tri.TRUE) {
        anyApplies = true;
        Node extra = program.scenarioConditions().get(s.id());
        if (extra != null) {
          words.walk(extra, met, Optional.empty(), out);
        }
      }
    }
    Tri hold = settlement.settle(logic.scenariosHold(), known);
    if (!anyApplies && hold != Tri.TRUE) {
      boolean open = hold == Tri.OPEN;
      LocalizedText text = Texts.of(open ? "reason.scenario-unknown" : "reason.no-scenario");
      List<String> facts = open ? settlement.space().facts().stream().filter(factsOf(settlement.relevant(logic.scenariosHold(), known))::contains).toList()
          : program.selectors().values().stream().flatMap(n -> Reasons.factsOf(n).stream()).distinct().toList();
      out.add(new Reason(open ? Reason.Kind.UNKNOWN : Reason.Kind.FAILED, text, Optional.empty(), facts, List.of()));
    }
  }

  // ------------------------------------------------------------------ materials

  /**
   * The materials the rules found needed, each settled: needed outright, not needed (dropped), or
   * conditional with its condition in words; exempt, deferrable or required by the material policy.
   */
  private static List<MaterialDecision> materials(Catalogue catalogue, ServiceItem item, ItemLogic logic, Settlement.Assignment known,
      Reasons words, List<MaterialPolicy.Verdict> verdicts, Timing timing, List<Formula> openParts) {
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
      Optional<LocalizedText> condition = Optional.empty();
      if (v.need().conditional()) {
        Formula need = logic.needs().get(m.id());
        Tri t = logic.settlement().settle(need, known);
        if (t == Tri.FALSE) {
          continue;
        }
        if (t == Tri.OPEN) {
          condition = Optional.of(materialCondition(item, m, logic, known, words));
          openParts.add(need);
        }
      }
      MaterialDecision.Status status = v.status();
      out.add(new MaterialDecision(m.id(), m.name(), m.form(), m.copies(), status,
          status == MaterialDecision.Status.EXEMPT ? m.source().provider() : Optional.empty(),
          status == MaterialDecision.Status.DEFERRABLE ? Optional.of(Timings.deferUntil(catalogue.calendar(), timing)) : Optional.empty(),
          m.essential(), condition.isPresent(), condition, m.notes()));
    }
    return out;
  }

  /** When an open material is needed, in words: the open scenarios that list it, and its own open requiredWhen. */
  private static LocalizedText materialCondition(ServiceItem item, Material m, ItemLogic logic, Settlement.Assignment known, Reasons words) {
    Settlement settlement = logic.settlement();
    List<LocalizedText> parts = new ArrayList<>();
    boolean viaOpenScenario = item.scenarios().stream().filter(s -> s.materials().contains(m.id()))
        .noneMatch(s -> settlement.settle(logic.selectors().get(s.id()), known) == Tri.TRUE);
    if (viaOpenScenario) {
      List<LocalizedText> names = new ArrayList<>();
      for (Scenario s : item.scenarios()) {
        if (s.materials().contains(m.id()) && settlement.settle(logic.selectors().get(s.id()), known) == Tri.OPEN) {
          names.add(words.wording(s.when().orElseThrow()));
        }
      }
      parts.add(ConditionWording.either(names));
    }
    if (m.requiredWhen().isPresent()
        && settlement.settle(logic.formula(m.requiredWhen().get()).orElseThrow(), known) == Tri.OPEN) {
      parts.add(words.wording(m.requiredWhen().get()));
    }
    return ConditionWording.ifSo(ConditionWording.allOf(parts));
  }

  // ------------------------------------------------------------------ questions

  private static Question question(FactDefinition def) {
    return new Question(def.id(), def.label(), def.question(), def.type(), def.allowedValues(), def.unit());
  }

}
