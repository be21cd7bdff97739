package io.github.tongban.rules;

import io.github.tongban.core.condition.Value;
import io.github.tongban.core.internal.logic.ItemLogic;
import io.github.tongban.core.model.Catalogue;
import io.github.tongban.core.model.ServiceItem;
import io.github.tongban.rules.internal.CompiledCatalogue;
import io.github.tongban.rules.internal.ItemProgram;
import io.github.tongban.rules.internal.RulesFailure;
import io.github.tongban.rules.internal.Session;
import io.github.tongban.rules.internal.Truths;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The screening path for a batch of residents: what {@link Screening} runs on each slice of its input. */
final class BatchScreener {
  private BatchScreener() {}

  /** One resident's screening: the eligibility for each item, in order; or, when it cannot be screened, why. */
  record Screened(List<Eligibility> eligibilities, Optional<InvalidApplicationException> problem) {}

  /**
   * The screening path for many residents and several items, applied for online on {@code date}:
   * each resident's facts are checked once, and each item decides the whole batch in one session
   * (the facts tagged by resident); the answers are those {@link #eligibility} gives one by one. A
   * resident is rejected with what {@link Decider#eligibility} throws for the first item (in order) that
   * cannot be decided for it.
   */
  static List<Screened> screen(CompiledCatalogue compiled, List<String> items, List<Map<String, Object>> residents,
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
    List<Map<String, Value>> valid = new ArrayList<>();
    List<Integer> validAt = new ArrayList<>();
    for (Map<String, Object> resident : residents) {
      List<InvalidApplicationException.Problem> problems = new ArrayList<>();
      Map<String, Value> typed = ApplicationReader.read(catalogue, resident, problems);
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
      ItemLogic logic = compiled.logic(item, date);
      try (Session session = Session.open(compiled, program, Session.Purpose.SCREENING)) {
        List<Truths> truths = session.conditions(catalogue, valid, date);
        for (int j = 0; j < valid.size(); j++) {
          decided.get(j).add(new Settled(program, logic, valid.get(j), truths.get(j)).eligibility(catalogue));
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
}
