package io.github.tongban.rules.internal;

import io.github.tongban.core.TongbanException;
import io.github.tongban.core.condition.Value;
import io.github.tongban.core.internal.logic.Tri;
import io.github.tongban.core.model.Catalogue;
import io.github.tongban.core.model.Region;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.KieSession;

/**
 * One run of an item version's rules, in a fresh session of its shard: the declared unit of what
 * goes into the rules and what comes out. The rules run in two phases, and this is the one place
 * that orders them (no rule has a salience):
 *
 * <ol>
 *   <li>{@link #conditions()}: in go the application's facts that the item reads (tagged with the
 *       item version) and the parameters it compares with, in force on the application date; the
 *       comparison rules fire; out comes the {@link Truths} of every node of the item's trees.
 *       For a full decision the facts only the deferral exclusion reads go in too.
 *   <li>{@link #policies}: in go the item version, the materials its applying scenarios list
 *       (derived from those truths), whether the applicant is excluded from deferral (settled
 *       from those truths), the applicant's homes and where the application is made (a service
 *       point, or online); the material and acceptance policies fire; out come their
 *       {@link Verdicts}.
 * </ol>
 *
 * The screening path runs the first phase only, on the facts eligibility reads. Not thread-safe:
 * one decision, one session; close it when done. Whatever Drools throws is wrapped in a
 * {@link RulesFailure}.
 */
public final class Session implements AutoCloseable {
  /** What the policies decided: one verdict per needed material, and the acceptance verdicts that fired. */
  public record Verdicts(List<MaterialPolicy.Verdict> materials, List<AcceptancePolicy.Verdict> acceptance) {}

  /** What a session is for. */
  public enum Purpose {
    /** A full decision: both phases, the rules that fire recorded. */
    DECISION,
    /** The screening path: phase 1 only, on the facts eligibility reads, nothing recorded. */
    SCREENING
  }

  private final ItemProgram program;
  private final KieSession session;
  private final Tally tally = new Tally();
  private final boolean traced;
  /** The policy rules that fired, when traced. */
  private final List<String> policies = new ArrayList<>();
  private final DefaultAgendaEventListener listener = new DefaultAgendaEventListener() {
    @Override
    public void afterMatchFired(AfterMatchFiredEvent event) {
      policies.add(event.getMatch().getRule().getName());
    }
  };

  private Session(ItemProgram program, KieSession session, Purpose purpose) {
    this.program = program;
    this.session = session;
    this.traced = purpose == Purpose.DECISION;
    session.setGlobal(Tally.GLOBAL, tally);
  }

  /** A fresh session for {@code program}'s item version, its shard built first if it is not yet. */
  public static Session open(CompiledCatalogue compiled, ItemProgram program, Purpose purpose) {
    return guarded(program, () -> new Session(program, compiled.newSession(program.item()), purpose));
  }

  /**
   * Phase 1: the facts the item reads, of {@code facts}, and the parameters it compares with, in
   * force on {@code date}; returns the truth of every node.
   *
   * @throws io.github.tongban.core.model.ParameterNotInForceException when a parameter the item
   *     uses has no value on {@code date}
   */
  public Truths conditions(Catalogue catalogue, Map<String, Value> facts, LocalDate date) {
    return conditions(catalogue, List.of(facts), date).get(0);
  }

  /**
   * Phase 1 for many applications of the item at once (a screening batch), all on {@code date}:
   * the truths of each, in order. Only for sessions that stop there: the policies take one
   * application.
   */
  public List<Truths> conditions(Catalogue catalogue, List<Map<String, Value>> facts, LocalDate date) {
    List<ConditionRules.Param> params = new ArrayList<>(program.parameters().size());
    for (String parameter : program.parameters()) {
      params.add(new ConditionRules.Param(parameter, catalogue.parameter(parameter).orElseThrow().inForce(date).value()));
    }
    return guarded(program, () -> {
      for (int subject = 0; subject < facts.size(); subject++) {
        Map<String, Value> one = facts.get(subject);
        insert(subject, one, program.reads());
        if (traced) {
          insert(subject, one, program.deferralReads());
        }
      }
      params.forEach(session::insert);
      session.fireAllRules();
      List<Truths> out = new ArrayList<>(facts.size());
      for (int subject = 0; subject < facts.size(); subject++) {
        out.add(new Truths(tally.leaves(subject)));
      }
      return out;
    });
  }

  private void insert(int subject, Map<String, Value> facts, Iterable<String> read) {
    for (String fact : read) {
      Value v = facts.get(fact);
      if (v != null) {
        session.insert(new ConditionRules.Known(subject, program.partition(), fact, v));
      }
    }
  }

  /**
   * Phase 2: the policies on {@code needs}, on whether the applicant is excluded from deferral
   * ({@code excluded}: true, false, or still open), on the applicant's homes among {@code facts},
   * and on where the application is made ({@code point}, or online when empty).
   */
  public Verdicts policies(Map<String, Value> facts, List<MaterialPolicy.Need> needs, Tri excluded, Optional<Region> point) {
    if (!traced) {
      throw new IllegalStateException("a screening session runs the conditions only");
    }
    return guarded(program, () -> {
      session.addEventListener(listener);
      session.insert(new MaterialPolicy.Exclusion(excluded));
      session.insert(new AcceptancePolicy.Subject(program.item()));
      for (String home : List.of(AcceptancePolicy.HOUSEHOLD, AcceptancePolicy.RESIDENCE)) {
        Value v = facts.get(home);
        if (v != null) {
          session.insert(new AcceptancePolicy.Home(home, v));
        }
      }
      needs.forEach(session::insert);
      session.insert(point.isPresent() ? new AcceptancePolicy.Point(point.get()) : new AcceptancePolicy.Online(true));
      session.fireAllRules();
      List<MaterialPolicy.Verdict> materials = new ArrayList<>();
      List<AcceptancePolicy.Verdict> acceptance = new ArrayList<>();
      for (Object o : session.getObjects()) {
        if (o instanceof MaterialPolicy.Verdict v) {
          materials.add(v);
        } else if (o instanceof AcceptancePolicy.Verdict v) {
          acceptance.add(v);
        }
      }
      return new Verdicts(materials, acceptance);
    });
  }

  /**
   * The rules that fired, the same however the catalogue is sharded: the comparison rules in the
   * order of the item's trees, each with the truth it asserted ({@code .holds}, {@code .fails}, or
   * {@code .known}), then the policy rules by name (each as often as it fired); empty when not traced.
   */
  public List<String> trace() {
    if (!traced) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    new java.util.TreeMap<>(tally.leaves(0)).forEach((id, value) -> {
      Node leaf = program.leaves().get(id);
      out.add(leaf.path() + (leaf instanceof Node.Known ? ".known" : value ? ".holds" : ".fails"));
    });
    policies.stream().sorted().forEach(out::add);
    return out;
  }

  @Override
  public void close() {
    if (traced) {
      session.removeEventListener(listener);
    }
    session.dispose();
  }

  private static <T> T guarded(ItemProgram program, java.util.function.Supplier<T> step) {
    try {
      return step.get();
    } catch (TongbanException | RulesFailure e) {
      throw e;
    } catch (RuntimeException e) {
      throw new RulesFailure("the rules of " + program.partition() + " failed: " + e, e);
    }
  }
}
