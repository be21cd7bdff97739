package io.github.tongban.rules;

import io.github.tongban.core.LocalizedText;
import io.github.tongban.core.internal.logic.Formula;
import io.github.tongban.core.internal.logic.Tri;
import io.github.tongban.core.model.Catalogue;
import io.github.tongban.core.model.Scenario;
import io.github.tongban.core.model.ServiceItem;
import io.github.tongban.core.wording.ConditionWording;
import io.github.tongban.rules.internal.CompiledCatalogue;
import io.github.tongban.rules.internal.ItemProgram;
import io.github.tongban.rules.internal.Node;
import io.github.tongban.rules.internal.RulesFailure;
import io.github.tongban.rules.internal.Session;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Makes one decision: checks the application, runs the item's rules in a {@link Session}, and
 * hands what they settled to the assemblers of each part, each computed once: the status and
 * questions ({@link Settled}, {@link Questions}), the scenarios, the materials ({@link Materials}),
 * acceptance ({@link Acceptances}), the dates ({@link Timings}) and the reasons ({@link Reasons}).
 */
final class Decider {
  private Decider() {}

  /** Decides {@code application} on {@code compiled}; {@code today} is the date when it names none. */
  static Decision decide(CompiledCatalogue compiled, Application application, LocalDate today) {
    Catalogue catalogue = compiled.catalogue();
    ApplicationReader.Checked a = ApplicationReader.check(catalogue, application, today);
    ServiceItem item = a.item();
    ItemProgram program = compiled.program(item);
    try (Session session = Session.open(compiled, program, true)) {
      Settled settled = new Settled(program, compiled.logic(item, a.date()), a.facts(), session.conditions(catalogue, a.facts(), a.date()));
      Status status = settled.status();
      Reasons words = new Reasons(catalogue, settled);
      List<Formula> openParts = new ArrayList<>();
      List<ScenarioRef> scenarios = scenarios(settled, words, openParts);
      Session.Verdicts verdicts = session.policies(a.facts(), Materials.needs(settled), a.point());
      Timing timing = Timings.of(catalogue.calendar(), item, a.date());
      List<MaterialDecision> materials = Materials.of(settled, words, verdicts.materials(), catalogue.calendar(), timing, openParts);
      Acceptance acceptance = Acceptances.of(catalogue, item, a.facts(), a.point(), verdicts.acceptance());
      Questions questions = new Questions(catalogue, settled);
      List<Question> next = questions.next(status);
      List<Question> followUps = questions.followUps(status, openParts, acceptance);
      return new Decision(catalogue.info().version(), item.code(), item.name(), item.version(), status, words.of(status), next, followUps,
          scenarios, materials, acceptance, timing, item.fee(), item.trips(), item.onlineLevel(), session.trace());
    } catch (RulesFailure e) {
      throw new RuleEngineException(e);
    }
  }

  /**
   * The screening path: only the status and the questions that can change it, the same as
   * {@link #decide} gives, from the conditions' rules alone (no policy, materials, acceptance or reasons).
   */
  static Eligibility eligibility(CompiledCatalogue compiled, Application application, LocalDate today) {
    return eligibility(compiled, ApplicationReader.check(compiled.catalogue(), application, today));
  }

  /** One resident's screening: the eligibility for each item, in order; or, when it cannot be screened, why. */
  record Screened(List<Eligibility> eligibilities, Optional<InvalidApplicationException> problem) {}

  /**
   * The screening path for many residents and several items, applied for online on {@code date}:
   * each resident's facts are checked once, and each item decides the whole batch in one session
   * (the facts tagged by resident); the answers are those {@link #eligibility} gives one by one. A
   * resident is rejected with what {@link #eligibility} throws for the first item (in order) that
   * cannot be decided for it.
   */
  static List<Screened> screen(CompiledCatalogue compiled, List<String> items, List<java.util.Map<String, Object>> residents,
      LocalDate date) {
    Catalogue catalogue = compiled.catalogue();
    List<List<InvalidApplicationException.Problem>> itemProblems = new ArrayList<>();
    List<ServiceItem> versions = new ArrayList<>();
    for (String code : items) {
      List<InvalidApplicationException.Problem> problems = new ArrayList<>();
      versions.add(ApplicationReader.item(catalogue, code, date, problems).orElse(null));
      itemProblems.add(problems);
    }
    int firstBadItem = -1;
    for (int i = 0; i < items.size() && firstBadItem < 0; i++) {
      firstBadItem = itemProblems.get(i).isEmpty() ? -1 : i;
    }
    List<Screened> out = new ArrayList<>(residents.size());
    List<java.util.Map<String, io.github.tongban.core.condition.Value>> valid = new ArrayList<>();
    List<Integer> validAt = new ArrayList<>();
    for (java.util.Map<String, Object> resident : residents) {
      List<InvalidApplicationException.Problem> problems = new ArrayList<>();
      java.util.Map<String, io.github.tongban.core.condition.Value> typed = ApplicationReader.read(catalogue, resident, problems);
      if (!problems.isEmpty() || firstBadItem >= 0) {
        List<InvalidApplicationException.Problem> all = new ArrayList<>(itemProblems.get(problems.isEmpty() ? firstBadItem : 0));
        all.addAll(problems);
        out.add(new Screened(List.of(), Optional.of(new InvalidApplicationException(all))));
      } else {
        validAt.add(out.size());
        valid.add(typed);
        out.add(null);
      }
    }
    if (valid.isEmpty()) {
      return out;
    }
    List<List<Eligibility>> decided = new ArrayList<>();
    valid.forEach(v -> decided.add(new ArrayList<>(items.size())));
    for (ServiceItem item : versions) {
      ItemProgram program = compiled.program(item);
      io.github.tongban.core.internal.logic.ItemLogic logic = compiled.logic(item, date);
      try (Session session = Session.open(compiled, program, false)) {
        List<io.github.tongban.rules.internal.Truths> truths = session.conditions(catalogue, valid, date);
        for (int j = 0; j < valid.size(); j++) {
          Settled settled = new Settled(program, logic, valid.get(j), truths.get(j));
          Status status = settled.status();
          decided.get(j).add(new Eligibility(item.code(), item.version(), status, new Questions(catalogue, settled).next(status)));
        }
      } catch (RulesFailure e) {
        throw new RuleEngineException(e);
      }
    }
    for (int j = 0; j < valid.size(); j++) {
      out.set(validAt.get(j), new Screened(decided.get(j), Optional.empty()));
    }
    return out;
  }

  private static Eligibility eligibility(CompiledCatalogue compiled, ApplicationReader.Checked a) {
    Catalogue catalogue = compiled.catalogue();
    ServiceItem item = a.item();
    ItemProgram program = compiled.program(item);
    try (Session session = Session.open(compiled, program, false)) {
      Settled settled = new Settled(program, compiled.logic(item, a.date()), a.facts(), session.conditions(catalogue, a.facts(), a.date()));
      Status status = settled.status();
      return new Eligibility(item.code(), item.version(), status, new Questions(catalogue, settled).next(status));
    } catch (RulesFailure e) {
      throw new RuleEngineException(e);
    }
  }

  /**
   * The scenarios that apply, and those that may (with their condition in words); the formulas of
   * the open ones are added to {@code openParts}.
   */
  private static List<ScenarioRef> scenarios(Settled settled, Reasons words, List<Formula> openParts) {
    List<ScenarioRef> out = new ArrayList<>();
    for (Scenario s : settled.program().item().scenarios()) {
      Node selector = settled.program().selectors().get(s.id());
      Tri applies = selector == null ? Tri.TRUE : settled.of(selector);
      if (applies == Tri.TRUE) {
        out.add(ScenarioRef.applies(s.id(), s.name()));
      } else if (applies == Tri.OPEN) {
        LocalizedText condition = ConditionWording.ifSo(words.wording(s.when().orElseThrow()));
        out.add(new ScenarioRef(s.id(), s.name(), true, Optional.of(condition)));
        openParts.add(settled.logic().selectors().get(s.id()));
      }
    }
    return out;
  }
}
