package io.github.tongban.rules;

import io.github.tongban.core.condition.Condition;
import io.github.tongban.core.condition.FactType;
import io.github.tongban.core.condition.Operand;
import io.github.tongban.core.condition.Operator;
import io.github.tongban.core.condition.Value;
import io.github.tongban.core.model.Catalogue;
import io.github.tongban.core.model.FactDefinition;
import io.github.tongban.core.model.HandlingMode;
import io.github.tongban.core.model.Material;
import io.github.tongban.core.model.OnlineLevel;
import io.github.tongban.core.model.Region;
import io.github.tongban.core.model.RegionLevel;
import io.github.tongban.core.model.Scenario;
import io.github.tongban.core.model.ServiceItem;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * An independent evaluator of tongban's decision semantics in plain Java, for differential
 * tests: it shares no code with the engine beyond the catalogue model, and walks the condition
 * trees recursively in three-valued logic where the engine runs rules.
 */
public final class Oracle {
  enum Tri {
    TRUE, FALSE, UNKNOWN;

    static Tri of(boolean b) {
      return b ? TRUE : FALSE;
    }

    Tri and(Tri o) {
      if (this == FALSE || o == FALSE) {
        return FALSE;
      }
      return this == TRUE && o == TRUE ? TRUE : UNKNOWN;
    }

    Tri or(Tri o) {
      if (this == TRUE || o == TRUE) {
        return TRUE;
      }
      return this == FALSE && o == FALSE ? FALSE : UNKNOWN;
    }

    Tri not() {
      return this == TRUE ? FALSE : this == FALSE ? TRUE : UNKNOWN;
    }
  }

  /** What the oracle expects of a decision. */
  public record Expected(Status status, List<String> scenarios, Map<String, String> materials, Acceptance.Outcome acceptance,
      Optional<Acceptance.Mode> mode, Optional<String> authority, LocalDate promisedDue, Set<String> questions) {}

  private final Catalogue catalogue;

  public Oracle(Catalogue catalogue) {
    this.catalogue = catalogue;
  }

  public Expected decide(Application a, LocalDate today) {
    LocalDate date = a.date().orElse(today);
    ServiceItem item = catalogue.item(a.item(), date).orElseThrow();
    Map<String, Value> facts = typed(a.facts());

    Tri itemConditions = item.conditions().map(c -> eval(c, facts, date)).orElse(Tri.TRUE);
    Tri scenariosOk = Tri.FALSE;
    List<String> applying = new ArrayList<>();
    for (Scenario s : item.scenarios()) {
      Tri when = s.when().map(c -> eval(c, facts, date)).orElse(Tri.TRUE);
      Tri extra = s.conditions().map(c -> eval(c, facts, date)).orElse(Tri.TRUE);
      scenariosOk = scenariosOk.or(when.and(extra));
      if (when == Tri.TRUE) {
        applying.add(s.id());
      }
    }
    Tri eligible = itemConditions.and(scenariosOk);
    Status status = eligible == Tri.TRUE ? Status.ELIGIBLE : eligible == Tri.FALSE ? Status.INELIGIBLE : Status.NEEDS_INFO;

    int promised = item.timeLimit().instant() ? 0 : item.timeLimit().promised();
    LocalDate due = date;
    for (int left = promised; left > 0; ) {
      due = due.plusDays(1);
      if (workingDay(due)) {
        left--;
      }
    }

    Map<String, Boolean> conditional = new LinkedHashMap<>();
    for (String sid : applying) {
      for (String mid : item.scenario(sid).orElseThrow().materials()) {
        Material m = item.material(mid).orElseThrow();
        Tri rw = m.requiredWhen().map(c -> eval(c, facts, date)).orElse(Tri.TRUE);
        if (rw == Tri.FALSE) {
          continue;
        }
        conditional.merge(mid, rw == Tri.UNKNOWN, (x, y) -> x && y);
      }
    }
    Map<String, String> materials = new LinkedHashMap<>();
    for (Material m : item.materials()) {
      if (conditional.containsKey(m.id())) {
        String verdict = m.source().exempts() ? "EXEMPT" : m.deferrable() && !m.essential() ? "DEFERRABLE" : "REQUIRED";
        materials.put(m.id(), verdict + (conditional.get(m.id()) ? "?" : ""));
      }
    }

    Acceptance.Outcome outcome;
    Optional<Acceptance.Mode> mode = Optional.empty();
    if (a.channel() instanceof Channel.AtPoint at) {
      Region point = catalogue.regions().region(at.region()).orElseThrow();
      if (!item.levels().contains(point.level())) {
        outcome = Acceptance.Outcome.REFUSED;
      } else {
        Optional<Acceptance.Mode> viaHousehold = home(facts, "householdRegion").flatMap(h -> accept(item, point, h));
        Optional<Acceptance.Mode> viaResidence = home(facts, "residenceRegion").flatMap(h -> accept(item, point, h));
        if (viaHousehold.isPresent() || viaResidence.isPresent()) {
          outcome = Acceptance.Outcome.ACCEPTED;
          mode = viaHousehold.isEmpty() ? viaResidence : viaResidence.isEmpty() ? viaHousehold
              : Optional.of(viaHousehold.get().compareTo(viaResidence.get()) <= 0 ? viaHousehold.get() : viaResidence.get());
        } else if (home(facts, "householdRegion").isPresent()) {
          outcome = Acceptance.Outcome.REFUSED;
        } else {
          outcome = Acceptance.Outcome.UNDETERMINED;
        }
      }
    } else if (item.onlineLevel() == OnlineLevel.FULL) {
      outcome = Acceptance.Outcome.ACCEPTED;
      mode = Optional.of(Acceptance.Mode.ONLINE);
    } else {
      outcome = Acceptance.Outcome.REFUSED;
    }

    Set<String> questions = new LinkedHashSet<>();
    if (status != Status.INELIGIBLE) {
      item.conditions().ifPresent(c -> unknown(c, facts, date, questions));
      for (Scenario s : item.scenarios()) {
        Tri when = s.when().map(c -> eval(c, facts, date)).orElse(Tri.TRUE);
        if (when == Tri.UNKNOWN) {
          unknown(s.when().get(), facts, date, questions);
        } else if (when == Tri.TRUE) {
          s.conditions().ifPresent(c -> unknown(c, facts, date, questions));
        }
      }
      if (!applying.isEmpty()) {
        conditional.forEach((mid, cond) -> {
          if (cond) {
            unknown(item.material(mid).orElseThrow().requiredWhen().get(), facts, date, questions);
          }
        });
      }
      if (outcome == Acceptance.Outcome.UNDETERMINED) {
        questions.add("householdRegion");
      }
      questions.removeAll(facts.keySet());
    }
    Optional<String> authority = home(facts, "householdRegion").or(() -> home(facts, "residenceRegion"))
        .map(h -> at(h, item.authority().level()))
        .map(code -> {
          var local = item.local().get(code);
          return local != null && local.authorityName().isPresent() ? local.authorityName().get()
              : catalogue.regions().region(code).orElseThrow().name() + item.authority().name();
        });
    return new Expected(status, applying, materials, outcome, mode, authority, due, questions);
  }

  private Optional<String> home(Map<String, Value> facts, String fact) {
    return Optional.ofNullable(facts.get(fact)).map(v -> ((Value.Text) v).value());
  }

  /** The oracle's own reading of scope and modes. */
  private Optional<Acceptance.Mode> accept(ServiceItem item, Region point, String home) {
    List<String> homePath = path(home);
    List<String> pointPath = path(point.code());
    String homeCounty = at(home, RegionLevel.COUNTY);
    String pointCounty = at(point.code(), RegionLevel.COUNTY);
    boolean covered = switch (item.scope()) {
      case CITY -> true;
      case COUNTY -> homeCounty != null && homeCounty.equals(pointCounty);
      case TOWNSHIP -> at(home, RegionLevel.TOWNSHIP) != null && at(home, RegionLevel.TOWNSHIP).equals(at(point.code(), RegionLevel.TOWNSHIP));
      case LOCAL -> (point.level() == RegionLevel.TOWNSHIP || point.level() == RegionLevel.VILLAGE) && homePath.contains(point.code());
    };
    if (!covered || pointPath.isEmpty()) {
      return Optional.empty();
    }
    if (homeCounty != null && homeCounty.equals(pointCounty)) {
      return Optional.of(Acceptance.Mode.LOCAL);
    }
    if (item.scope() != io.github.tongban.core.model.AcceptanceScope.CITY) {
      return Optional.empty();
    }
    for (HandlingMode m : List.of(HandlingMode.PROXY, HandlingMode.JOINT, HandlingMode.ONLINE)) {
      if (item.modes().contains(m)) {
        return Optional.of(Acceptance.Mode.valueOf(m.name()));
      }
    }
    return Optional.empty();
  }

  private List<String> path(String code) {
    List<String> out = new ArrayList<>();
    Optional<Region> r = catalogue.regions().region(code);
    while (r.isPresent()) {
      out.add(r.get().code());
      r = r.get().parent().flatMap(p -> catalogue.regions().region(p));
    }
    return out;
  }

  private String at(String code, RegionLevel level) {
    for (String c : path(code)) {
      if (catalogue.regions().region(c).orElseThrow().level() == level) {
        return c;
      }
    }
    return null;
  }

  private boolean workingDay(LocalDate d) {
    if (catalogue.calendar().makeUpWorkdays().containsKey(d)) {
      return true;
    }
    if (catalogue.calendar().holidays().containsKey(d)) {
      return false;
    }
    return d.getDayOfWeek().getValue() <= 5;
  }

  /** The facts typed by the dictionary; text answers are read as the engine documents (numbers, true/false/是/否, ISO dates). */
  private Map<String, Value> typed(Map<String, Object> raw) {
    Map<String, Value> out = new LinkedHashMap<>();
    raw.forEach((k, v) -> {
      FactDefinition def = catalogue.fact(k).orElseThrow();
      String text = v instanceof String s ? s.trim() : null;
      out.put(k, switch (def.type()) {
        case BOOLEAN -> new Value.Bool(text == null ? (Boolean) v : text.equals("true") || text.equals("是"));
        case INTEGER, DECIMAL -> new Value.Number(text != null ? new BigDecimal(text)
            : v instanceof BigDecimal d ? d : BigDecimal.valueOf(((Number) v).longValue()));
        case DATE -> new Value.Date(text != null ? LocalDate.parse(text) : (LocalDate) v);
        case TEXT -> new Value.Text((String) v);
        default -> new Value.Text(text);
      });
    });
    return out;
  }

  Tri eval(Condition c, Map<String, Value> facts, LocalDate date) {
    if (c instanceof Condition.All all) {
      Tri t = Tri.TRUE;
      for (Condition child : all.children()) {
        t = t.and(eval(child, facts, date));
      }
      return t;
    }
    if (c instanceof Condition.Any any) {
      Tri t = Tri.FALSE;
      for (Condition child : any.children()) {
        t = t.or(eval(child, facts, date));
      }
      return t;
    }
    if (c instanceof Condition.Not not) {
      return eval(not.child(), facts, date).not();
    }
    if (c instanceof Condition.Known known) {
      return facts.containsKey(known.fact()) ? Tri.TRUE : Tri.UNKNOWN;
    }
    Condition.Compare cmp = (Condition.Compare) c;
    Value actual = facts.get(cmp.fact());
    if (actual == null) {
      return Tri.UNKNOWN;
    }
    Operand operand = cmp.operand();
    if (operand instanceof Operand.RegionRef r) {
      return Tri.of(path(((Value.Text) actual).value()).contains(r.region()));
    }
    if (operand instanceof Operand.ListOf list) {
      boolean member = list.values().stream().anyMatch(v -> equal(actual, v));
      return Tri.of(cmp.operator() == Operator.IN ? member : !member);
    }
    Value expected;
    if (operand instanceof Operand.ParameterRef p) {
      Optional<Value> v = catalogue.parameter(p.parameter()).orElseThrow().values().stream()
          .filter(pv -> !date.isBefore(pv.validity().from()) && pv.validity().to().map(t -> !date.isAfter(t)).orElse(true))
          .map(pv -> pv.value()).findFirst();
      if (v.isEmpty()) {
        return Tri.UNKNOWN;
      }
      expected = v.get();
    } else {
      expected = ((Operand.Literal) operand).value();
    }
    return switch (cmp.operator()) {
      case EQ -> Tri.of(equal(actual, expected));
      case NE -> Tri.of(!equal(actual, expected));
      case LT -> Tri.of(order(actual, expected) < 0);
      case LE -> Tri.of(order(actual, expected) <= 0);
      case GT -> Tri.of(order(actual, expected) > 0);
      case GE -> Tri.of(order(actual, expected) >= 0);
      default -> throw new AssertionError(cmp.operator());
    };
  }

  private void unknown(Condition c, Map<String, Value> facts, LocalDate date, Set<String> out) {
    if (eval(c, facts, date) != Tri.UNKNOWN) {
      return;
    }
    if (c instanceof Condition.All all) {
      all.children().forEach(ch -> unknown(ch, facts, date, out));
    } else if (c instanceof Condition.Any any) {
      any.children().forEach(ch -> unknown(ch, facts, date, out));
    } else if (c instanceof Condition.Not not) {
      unknown(not.child(), facts, date, out);
    } else if (c instanceof Condition.Known k) {
      out.add(k.fact());
    } else {
      out.add(((Condition.Compare) c).fact());
    }
  }

  private static boolean equal(Value a, Value b) {
    if (a instanceof Value.Number x && b instanceof Value.Number y) {
      return x.value().compareTo(y.value()) == 0;
    }
    return a.equals(b);
  }

  private static int order(Value a, Value b) {
    if (a instanceof Value.Date x) {
      return x.value().compareTo(((Value.Date) b).value());
    }
    return ((Value.Number) a).value().compareTo(((Value.Number) b).value());
  }

  /** Unused: kept so that a fact type added to the model fails this switch at compile time. */
  static boolean coversEveryType(FactType t) {
    return switch (t) {
      case BOOLEAN, INTEGER, DECIMAL, TEXT, ENUM, DATE, REGION -> true;
    };
  }
}
