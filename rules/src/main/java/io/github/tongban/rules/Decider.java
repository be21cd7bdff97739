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
    try (Session session = Session.open(compiled, program, Session.Purpose.DECISION)) {
      Settled settled = new Settled(program, compiled.logic(item, a.date()), a.facts(), session.conditions(catalogue, a.facts(), a.date()));
      Status status = settled.status();
      Reasons words = new Reasons(catalogue, settled);
      Scenarios scenarios = scenarios(settled, words);
      Tri excluded = Materials.excluded(settled);
      Session.Verdicts verdicts = session.policies(a.facts(), Materials.needs(settled), excluded, a.point());
      Timing timing = Timings.of(catalogue.calendar(), item, a.date());
      Materials.Listed materials = Materials.of(settled, words, verdicts.materials(), excluded, catalogue.calendar(), timing);
      Acceptance acceptance = Acceptances.of(catalogue, item, a.facts(), a.point(), verdicts.acceptance());
      Questions questions = new Questions(catalogue, settled);
      List<Formula> openParts = new ArrayList<>(scenarios.open());
      openParts.addAll(materials.open());
      List<Question> next = questions.next(status);
      List<Question> followUps = questions.followUps(status, openParts, acceptance);
      return new Decision(catalogue.info().version(), item.code(), item.name(), item.version(), status, words.of(status), next, followUps,
          scenarios.refs(), materials.decisions(), materials.exclusion(), acceptance, timing, item.fee(), item.trips(), item.onlineLevel(), session.trace());
    } catch (RulesFailure e) {
      throw new RuleEngineException(e);
    }
  }

  /**
   * The screening path: only the status and the questions that can change it, the same as
   * {@link #decide} gives, from the conditions' rules alone (no policy, materials, acceptance or reasons).
   */
  static Eligibility eligibility(CompiledCatalogue compiled, Application application, LocalDate today) {
    Catalogue catalogue = compiled.catalogue();
    ApplicationReader.Checked a = ApplicationReader.check(catalogue, application, today);
    ServiceItem item = a.item();
    ItemProgram program = compiled.program(item);
    try (Session session = Session.open(compiled, program, Session.Purpose.SCREENING)) {
      return new Settled(program, compiled.logic(item, a.date()), a.facts(), session.conditions(catalogue, a.facts(), a.date()))
          .eligibility(catalogue);
    } catch (RulesFailure e) {
      throw new RuleEngineException(e);
    }
  }

  /** The scenarios that apply or may apply, and the formulas of those still open. */
  private record Scenarios(List<ScenarioRef> refs, List<Formula> open) {}

  /** The scenarios that apply, and those that may (with their condition in words). */
  private static Scenarios scenarios(Settled settled, Reasons words) {
    List<ScenarioRef> out = new ArrayList<>();
    List<Formula> openParts = new ArrayList<>();
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
    return new Scenarios(out, openParts);
  }
}
