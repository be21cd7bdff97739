package io.github.tongban.rules;

import io.github.tongban.core.condition.Condition;
import io.github.tongban.core.condition.FactType;
import io.github.tongban.core.condition.Operand;
import io.github.tongban.core.condition.Operator;
import io.github.tongban.core.condition.Value;
import io.github.tongban.core.model.Catalogue;
import io.github.tongban.core.model.FactDefinition;
import io.github.tongban.core.model.HandlingMode;
import io.github.tongban.core.model.HomeBasis;
import io.github.tongban.core.model.Material;
import io.github.tongban.core.model.OnlineLevel;
import io.github.tongban.core.model.Parameter;
import io.github.tongban.core.model.ParameterValue;
import io.github.tongban.core.model.Region;
import io.github.tongban.core.model.RegionLevel;
import io.github.tongban.core.model.Scenario;
import io.github.tongban.core.model.ServiceItem;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * An independent evaluator of tongban's decision semantics (docs/decisions.md) in plain Java, for
 * differential tests. It shares no code with the engine beyond the catalogue model, and decides
 * by brute force: it lists every possible answer of every open fact the item reads (its own
 * classes, cut by each literal and parameter value), evaluates each complete application in
 * plain two-valued logic, and reads the status, the questions, the conditional scenarios and
 * materials and the reasons off the table of outcomes. The engine runs Drools rules in
 * three-valued logic and settles what they leave open by case splitting; the two must agree.
 */
public final class Oracle {
  /** The open truth value: some completions make a condition true, others false. */
  enum Tri {
    TRUE, FALSE, OPEN
  }

  /** What the oracle expects of a decision. */
  public record Expected(Status status, List<String> scenarios, Map<String, String> materials, Optional<String> deferralExclusion,
      Acceptance.Outcome acceptance, Optional<Acceptance.Mode> mode, Optional<String> authority, List<String> alternatives, LocalDate acceptedOn,
      boolean nonWorkingDay, LocalDate promisedDue, LocalDate statutoryDue, List<String> procedures, Optional<LocalDate> latestPromisedDue,
      Optional<LocalDate> latestStatutoryDue, boolean calendarKnown, Optional<LocalDate> deferUntil, List<String> questions, List<String> followUps,
      List<String> reasons) {}

  /** A variable: a fact's value, or whether the fact is given (what {@code known} tests). */
  private record Var(String fact, boolean given) {}

  private final Catalogue catalogue;

  public Oracle(Catalogue catalogue) {
    this.catalogue = catalogue;
  }

  /** The oracle's reading of a decision, in the same shape as {@link #decide}. */
  public static Expected of(Decision d) {
    Map<String, String> materials = new LinkedHashMap<>();
    Optional<LocalDate> defer = Optional.empty();
    for (MaterialDecision m : d.materials()) {
      materials.put(m.id(), m.status().name() + m.deferral().map(k -> "/" + k.name()).orElse("")
          + m.deferralCondition().map(c -> "~" + c.zh() + " / " + c.en()).orElse("") + (m.deferralExcluded() ? "!excluded" : "")
          + m.condition().map(c -> "?" + c.zh() + " / " + c.en()).orElse(""));
      if (m.deferUntil().isPresent()) {
        defer = m.deferUntil();
      }
    }
    List<String> reasons = new ArrayList<>();
    for (Reason r : d.reasons()) {
      reasons.add(reason(r));
    }
    Optional<String> exclusion = d.deferralExclusion().map(x -> (x.applies() ? "APPLIES " : "OPEN ") + reason(x.condition()) + " " + x.materials());
    List<String> procedures = d.timing().specialProcedures().stream()
        .map(p -> procedure(p.kind().name(), p.name(), p.maxDays(), p.unit().name(), p.basis().map(b -> b.id()).orElse("-"), p.countsTowardStatutory()))
        .toList();
    return new Expected(d.status(), d.scenarios().stream().map(s -> s.id() + s.condition().map(c -> "?" + c.zh() + " / " + c.en()).orElse("")).toList(),
        materials, exclusion, d.acceptance().outcome(), d.acceptance().mode(), d.acceptance().authority(),
        d.acceptance().alternatives().stream().map(ServicePointRef::region).toList(), d.timing().acceptedOn(),
        d.timing().acceptedOnNonWorkingDay(), d.timing().promisedDue(), d.timing().statutoryDue(), procedures, d.timing().latestPromisedDue(),
        d.timing().latestStatutoryDue(), d.timing().calendarKnown(), defer, d.nextQuestions().stream().map(Question::fact).toList(),
        d.followUpQuestions().stream().map(Question::fact).toList(), reasons);
  }

  private static String reason(Reason r) {
    return reason(r.kind().name(), r.wording().zh() + " / " + r.wording().en(), r.basis().map(b -> b.id()).orElse("-"), r.facts(),
        r.applied().stream().map(a -> applied(a.fact(), a.value(), a.operator(), a.holds(), a.threshold(), a.parameter(), a.inForceFrom()))
            .toList());
  }

  private static String procedure(String kind, String name, int maxDays, String unit, String basis, boolean counts) {
    return kind + " " + name + " " + maxDays + " " + unit + " " + basis + (counts ? " counts" : " moves");
  }

  /**
   * The problem code the engine must refuse the application with, when the oracle finds no item
   * in use to decide it on: no such item, no version in force on its date, or the version in force
   * is suspended (暂停) or cancelled (取消).
   */
  public Optional<String> refusal(Application a, LocalDate today) {
    LocalDate date = a.date().orElse(today);
    List<ServiceItem> versions = catalogue.versions(a.item());
    Optional<ServiceItem> inForce = versions.stream()
        .filter(v -> !date.isBefore(v.validity().from()) && v.validity().to().map(t -> !date.isAfter(t)).orElse(true)).findFirst();
    if (inForce.isEmpty()) {
      return Optional.of(versions.isEmpty() ? "application.unknown-item" : "application.item-not-in-force");
    }
    return switch (inForce.get().status()) {
      case IN_USE -> Optional.empty();
      case SUSPENDED -> Optional.of("application.item-suspended");
      case CANCELLED -> Optional.of("application.item-cancelled");
    };
  }

  private static String reason(String kind, String wording, String basis, List<String> facts, List<String> applied) {
    return kind + " | " + wording + " | " + basis + " | " + facts + " | " + applied;
  }

  private static String applied(String fact, String value, Operator op, boolean holds, String threshold, Optional<String> parameter,
      Optional<LocalDate> from) {
    return fact + "=" + value + " " + op.yamlName() + (holds ? " holds " : " fails ") + threshold
        + parameter.map(p -> " [" + p + " from " + from.orElseThrow() + "]").orElse("");
  }

  public Expected decide(Application a, LocalDate today) {
    LocalDate date = a.date().orElse(today);
    ServiceItem item = catalogue.item(a.item(), date).orElseThrow();
    Map<String, Value> facts = typed(a.facts());
    Table table = new Table(item, facts, date);

    Tri eligible = table.truth(c -> eligible(item, c, date));
    Status status = eligible == Tri.TRUE ? Status.ELIGIBLE : eligible == Tri.FALSE ? Status.INELIGIBLE : Status.NEEDS_INFO;

    // dates
    LocalDate acceptedOn = date;
    while (!workingDay(acceptedOn)) {
      acceptedOn = acceptedOn.plusDays(1);
    }
    int promised = item.timeLimit().instant() ? 0 : item.timeLimit().promised();
    LocalDate promisedDue = count(acceptedOn, promised);
    LocalDate statutoryDue = count(acceptedOn, item.timeLimit().statutory());
    LocalDate nextAfterAccepted = count(acceptedOn, 1);
    LocalDate deferDate = promisedDue.isBefore(nextAfterAccepted) ? nextAfterAccepted : promisedDue;
    // special procedures outside the statutory limit: working days first, then calendar days, then on to a working day
    List<String> procedures = new ArrayList<>();
    int workingExtra = 0;
    int calendarExtra = 0;
    for (io.github.tongban.core.model.SpecialProcedure p : item.specialProcedures()) {
      String name = p.name().orElse(p.kind().label());
      String basis = p.basis().filter(id -> item.legalBasis(id).isPresent()).orElse("-");
      procedures.add(procedure(p.kind().name(), name, p.maxDays(), p.unit().name(), basis, p.countsTowardStatutory()));
      if (!p.countsTowardStatutory()) {
        if (p.unit() == io.github.tongban.core.model.DayUnit.WORKING_DAYS) {
          workingExtra += p.maxDays();
        } else {
          calendarExtra += p.maxDays();
        }
      }
    }
    Optional<LocalDate> latestPromised = Optional.empty();
    Optional<LocalDate> latestStatutory = Optional.empty();
    if (workingExtra + calendarExtra > 0) {
      latestPromised = Optional.of(onOrAfter(count(promisedDue, workingExtra).plusDays(calendarExtra)));
      latestStatutory = Optional.of(onOrAfter(count(statutoryDue, workingExtra).plusDays(calendarExtra)));
    }
    LocalDate last = java.util.stream.Stream.of(Optional.of(promisedDue), Optional.of(statutoryDue), Optional.of(deferDate), latestPromised,
        latestStatutory).flatMap(Optional::stream).max(LocalDate::compareTo).orElseThrow();
    boolean calendarKnown = true;
    for (int y = date.getYear(); y <= last.getYear(); y++) {
      calendarKnown &= catalogue.calendar().years().contains(y);
    }

    // scenarios and materials
    Reasons words = new Reasons(item, facts, date, table, false);
    List<String> scenarios = new ArrayList<>();
    List<Cond> openParts = new ArrayList<>();
    for (Scenario s : item.scenarios()) {
      if (s.when().isEmpty()) {
        scenarios.add(s.id());
        continue;
      }
      Tri t = table.truth(c -> eval(s.when().get(), c, date));
      if (t == Tri.TRUE) {
        scenarios.add(s.id());
      } else if (t == Tri.OPEN) {
        scenarios.add(s.id() + "?如" + words.derived(s.when().get()) + " / if " + words.derivedEn(s.when().get()));
        openParts.add(c -> eval(s.when().get(), c, date));
      }
    }
    Map<String, String> materials = new LinkedHashMap<>();
    Optional<LocalDate> defer = Optional.empty();
    // the deferral exclusion: true, false or open over the completions, like any condition; false when the item has none
    Optional<Condition> exclusionCondition = item.deferralExcludedWhen();
    Cond excludedCond = c -> exclusionCondition.map(x -> eval(x, c, date)).orElse(false);
    Tri excluded = table.truth(excludedCond);
    List<String> lost = new ArrayList<>();
    for (Material m : item.materials()) {
      Cond need = c -> needed(item, m, c, date);
      Tri t = table.truth(need);
      if (t == Tri.FALSE) {
        continue;
      }
      boolean deferrable = !m.source().exempts() && !m.essential() && (m.deferrable() || m.creditDeferrable());
      String kind = m.deferrable() ? "/CONDITIONAL_ACCEPTANCE" : "/CREDIT_COMMITMENT";
      String verdict;
      if (m.source().exempts()) {
        verdict = "EXEMPT";
      } else if (!deferrable) {
        verdict = "REQUIRED";
      } else if (excluded == Tri.TRUE) {
        verdict = "REQUIRED!excluded";
        lost.add(m.id());
      } else if (excluded == Tri.OPEN) {
        Condition x = exclusionCondition.orElseThrow();
        verdict = "DEFERRABLE" + kind + "~除非" + words.derived(x) + " / unless " + words.derivedEn(x);
        lost.add(m.id());
      } else {
        verdict = "DEFERRABLE" + kind;
      }
      if (verdict.startsWith("DEFERRABLE")) {
        defer = Optional.of(deferDate);
      }
      materials.put(m.id(), verdict + (t == Tri.OPEN ? "?" + materialCondition(item, m, table, date, words) : ""));
      if (t == Tri.OPEN) {
        openParts.add(need);
      }
    }
    Optional<String> exclusion = Optional.empty();
    if (!lost.isEmpty()) {
      Condition x = exclusionCondition.orElseThrow();
      String kind = excluded == Tri.TRUE ? "MET" : "UNKNOWN";
      String wording = x.text().map(t -> t + " / " + t).orElseGet(() -> words.derived(x) + " / " + words.derivedEn(x));
      Set<String> f = new LinkedHashSet<>();
      factsOf(x, f);
      List<String> applied = new ArrayList<>();
      new Reasons(item, facts, date, table, false).applied(x, kind, false, applied);
      String basis = firstBasis(x).filter(id -> item.legalBasis(id).isPresent()).orElse("-");
      exclusion = Optional.of((excluded == Tri.TRUE ? "APPLIES " : "OPEN ") + reason(kind, wording, basis, List.copyOf(f), applied) + " " + lost);
      if (excluded == Tri.OPEN) {
        openParts.add(excludedCond);
      }
    }

    // acceptance: a known home that counts and accepts settles it; else an unknown home that counts leaves it open
    Acceptance.Outcome outcome;
    Optional<Acceptance.Mode> mode = Optional.empty();
    Optional<String> household = home(facts, "householdRegion");
    boolean residenceCounts = item.home() == HomeBasis.HOUSEHOLD_OR_RESIDENCE;
    Optional<String> residence = residenceCounts ? home(facts, "residenceRegion") : Optional.empty();
    boolean someHomeUnknown = household.isEmpty() || (residenceCounts && residence.isEmpty());
    if (a.channel() instanceof Channel.AtPoint at) {
      Region point = catalogue.regions().region(at.region()).orElseThrow();
      if (!item.levels().contains(point.level())) {
        outcome = Acceptance.Outcome.REFUSED;
      } else {
        Optional<Acceptance.Mode> viaHousehold = household.flatMap(h -> accept(item, point, h));
        Optional<Acceptance.Mode> viaResidence = residence.flatMap(h -> accept(item, point, h));
        if (viaHousehold.isPresent() || viaResidence.isPresent()) {
          outcome = Acceptance.Outcome.ACCEPTED;
          mode = viaHousehold.isEmpty() ? viaResidence : viaResidence.isEmpty() ? viaHousehold
              : Optional.of(viaHousehold.get().compareTo(viaResidence.get()) <= 0 ? viaHousehold.get() : viaResidence.get());
        } else {
          outcome = someHomeUnknown ? Acceptance.Outcome.UNDETERMINED : Acceptance.Outcome.REFUSED;
        }
      }
    } else if (item.onlineLevel() != OnlineLevel.FULL) {
      outcome = Acceptance.Outcome.REFUSED;
    } else if (household.filter(h -> !path(h).isEmpty()).isPresent() || residence.filter(h -> !path(h).isEmpty()).isPresent()) {
      outcome = Acceptance.Outcome.ACCEPTED;
      mode = Optional.of(Acceptance.Mode.ONLINE);
    } else {
      outcome = someHomeUnknown ? Acceptance.Outcome.UNDETERMINED : Acceptance.Outcome.REFUSED;
    }
    Optional<String> authority = household.filter(h -> !path(h).isEmpty()).or(() -> residence.filter(h -> !path(h).isEmpty()))
        .map(h -> at(h, item.authority().level()))
        .map(code -> {
          var local = item.local().get(code);
          return local != null && local.authorityName().isPresent() ? local.authorityName().get()
              : catalogue.regions().region(code).orElseThrow().name() + item.authority().name();
        });

    // questions
    List<String> questions = new ArrayList<>();
    List<String> followUps = new ArrayList<>();
    if (status == Status.NEEDS_INFO) {
      questions.addAll(table.relevantFacts(List.of(c -> eligible(item, c, date))));
    }
    if (status != Status.INELIGIBLE) {
      for (String f : table.relevantFacts(openParts)) {
        if (!questions.contains(f)) {
          followUps.add(f);
        }
      }
      String home = household.isEmpty() ? "householdRegion" : "residenceRegion";
      if (outcome == Acceptance.Outcome.UNDETERMINED && !questions.contains(home) && !followUps.contains(home)) {
        followUps.add(home);
      }
    }

    // reasons
    List<String> reasons = new ArrayList<>();
    boolean met = status == Status.ELIGIBLE;
    Reasons r = new Reasons(item, facts, date, table, met);
    item.conditions().ifPresent(c -> r.walk(c, Optional.empty(), reasons));
    boolean anyApplies = false;
    for (Scenario s : item.scenarios()) {
      if (s.when().isEmpty() || table.truth(c -> eval(s.when().get(), c, date)) == Tri.TRUE) {
        anyApplies = true;
        s.conditions().ifPresent(c -> r.walk(c, Optional.empty(), reasons));
      }
    }
    Cond hold = c -> scenariosHold(item, c, date);
    Tri holds = table.truth(hold);
    if (!anyApplies && holds != Tri.TRUE) {
      boolean open = holds == Tri.OPEN;
      List<String> f;
      if (open) {
        f = table.relevantFacts(List.of(hold));
      } else {
        Set<String> all = new LinkedHashSet<>();
        item.scenarios().forEach(s -> s.when().ifPresent(w -> factsOf(w, all)));
        f = List.copyOf(all);
      }
      reasons.add(reason(open ? "UNKNOWN" : "FAILED", open ? "尚不能确定适用哪种办理情形。 / Which handling scenario applies is not known yet."
          : "没有适用的办理情形。 / No handling scenario applies.", "-", f, List.of()));
    }
    List<String> alternatives = List.of();
    Optional<String> homeInCity = household.filter(h -> !path(h).isEmpty()).or(() -> residence.filter(h -> !path(h).isEmpty()));
    if (outcome != Acceptance.Outcome.ACCEPTED && homeInCity.isPresent()) {
      String from = a.channel() instanceof Channel.AtPoint at ? at.region() : homeInCity.get();
      alternatives = catalogue.regions().regions().stream()
          .filter(place -> item.levels().contains(place.level()) && accept(item, place, homeInCity.get()).isPresent())
          .sorted(java.util.Comparator.comparingInt((Region place) -> steps(from, place.code())).thenComparing(Region::code))
          .limit(3).map(Region::code).toList();
    }
    return new Expected(status, scenarios, materials, exclusion, outcome, mode, authority, alternatives, acceptedOn, !acceptedOn.equals(date),
        promisedDue, statutoryDue, procedures, latestPromised, latestStatutory, calendarKnown, defer, questions, followUps, reasons);
  }

  /** The basis a condition cites, or else the first of its parts (in the order written) to cite one. */
  private static Optional<String> firstBasis(Condition c) {
    if (c.basis().isPresent()) {
      return c.basis();
    }
    List<Condition> parts = c instanceof Condition.All a ? a.children() : c instanceof Condition.Any a ? a.children()
        : c instanceof Condition.Not n ? List.of(n.child()) : List.of();
    for (Condition part : parts) {
      Optional<String> b = firstBasis(part);
      if (b.isPresent()) {
        return b;
      }
    }
    return Optional.empty();
  }

  /** Steps between two places through their nearest common region. */
  private int steps(String a, String b) {
    List<String> up = path(a);
    List<String> other = path(b);
    for (int j = 0; j < other.size(); j++) {
      int i = up.indexOf(other.get(j));
      if (i >= 0) {
        return i + j;
      }
    }
    return Integer.MAX_VALUE / 2;
  }

  /** An open material's condition in words: the open scenarios that list it (when none surely applies), and its open requiredWhen. */
  private String materialCondition(ServiceItem item, Material m, Table table, LocalDate date, Reasons words) {
    List<String> parts = new ArrayList<>();
    List<String> partsEn = new ArrayList<>();
    List<Scenario> listing = item.scenarios().stream().filter(s -> s.materials().contains(m.id())).toList();
    boolean surely = listing.stream().anyMatch(s -> s.when().isEmpty() || table.truth(c -> eval(s.when().get(), c, date)) == Tri.TRUE);
    if (!surely) {
      List<Condition> open = listing.stream().filter(s -> table.truth(c -> eval(s.when().get(), c, date)) == Tri.OPEN)
          .map(s -> s.when().get()).toList();
      parts.add(String.join("或", open.stream().map(words::derived).toList()));
      partsEn.add(String.join(" or ", open.stream().map(words::derivedEn).toList()));
    }
    if (m.requiredWhen().isPresent() && table.truth(c -> eval(m.requiredWhen().get(), c, date)) == Tri.OPEN) {
      parts.add(words.derived(m.requiredWhen().get()));
      partsEn.add(words.derivedEn(m.requiredWhen().get()));
    }
    return "如" + String.join(",且", parts) + " / if " + String.join(", and ", partsEn);
  }

  // ---------------------------------------------------------------- the table of completions

  /** A condition over one complete application. */
  private interface Cond {
    boolean test(Map<Var, Value> completion);
  }

  /** Every completion of the application's open variables, with the classes the oracle finds for them. */
  private final class Table {
    final List<Var> open = new ArrayList<>();
    final List<List<Value>> classes = new ArrayList<>();
    final List<Map<Var, Value>> completions = new ArrayList<>();
    final List<String> order;

    Table(ServiceItem item, Map<String, Value> facts, LocalDate date) {
      List<Condition> roots = roots(item);
      Set<Var> vars = new LinkedHashSet<>();
      roots.forEach(c -> vars(c, vars));
      List<String> order = new ArrayList<>();
      vars.forEach(v -> {
        if (!order.contains(v.fact())) {
          order.add(v.fact());
        }
      });
      this.order = order;
      Map<Var, Value> base = new LinkedHashMap<>();
      facts.forEach((f, v) -> {
        base.put(new Var(f, false), v);
        base.put(new Var(f, true), new Value.Bool(true));
      });
      for (Var v : vars) {
        if (!base.containsKey(v)) {
          open.add(v);
          classes.add(v.given() ? List.of(new Value.Bool(true), new Value.Bool(false)) : answers(v.fact(), roots, date));
        }
      }
      int[] digits = new int[open.size()];
      while (true) {
        Map<Var, Value> c = new LinkedHashMap<>(base);
        for (int i = 0; i < digits.length; i++) {
          c.put(open.get(i), classes.get(i).get(digits[i]));
        }
        completions.add(c);
        int i = 0;
        while (i < digits.length && ++digits[i] == classes.get(i).size()) {
          digits[i++] = 0;
        }
        if (i == digits.length) {
          break;
        }
      }
    }

    Tri truth(Cond c) {
      boolean t = false;
      boolean f = false;
      for (Map<Var, Value> completion : completions) {
        if (c.test(completion)) {
          t = true;
        } else {
          f = true;
        }
      }
      return t && f ? Tri.OPEN : t ? Tri.TRUE : Tri.FALSE;
    }

    /** The facts of the open variables some answer to which changes one of {@code conds}, in the order the item reads them. */
    List<String> relevantFacts(List<Cond> conds) {
      Set<String> out = new HashSet<>();
      // completion k has digit i = (k / stride[i]) % size[i]: the first variable varies fastest
      int[] stride = new int[open.size()];
      for (int i = 0, s = 1; i < open.size(); s *= classes.get(i).size(), i++) {
        stride[i] = s;
      }
      for (Cond c : conds) {
        boolean[] value = new boolean[completions.size()];
        for (int k = 0; k < value.length; k++) {
          value[k] = c.test(completions.get(k));
        }
        for (int i = 0; i < open.size(); i++) {
          int size = classes.get(i).size();
          search:
          for (int k = 0; k < value.length; k++) {
            int base = k - ((k / stride[i]) % size) * stride[i];
            for (int d = 0; d < size; d++) {
              if (value[base + d * stride[i]] != value[k]) {
                out.add(open.get(i).fact());
                break search;
              }
            }
          }
        }
      }
      return order.stream().filter(out::contains).toList();
    }
  }

  private static List<Condition> roots(ServiceItem item) {
    List<Condition> roots = new ArrayList<>();
    item.conditions().ifPresent(roots::add);
    for (Scenario s : item.scenarios()) {
      s.when().ifPresent(roots::add);
      s.conditions().ifPresent(roots::add);
    }
    item.materials().forEach(m -> m.requiredWhen().ifPresent(roots::add));
    item.deferralExcludedWhen().ifPresent(roots::add);
    return roots;
  }

  private static void vars(Condition c, Set<Var> out) {
    if (c instanceof Condition.All a) {
      a.children().forEach(x -> vars(x, out));
    } else if (c instanceof Condition.Any a) {
      a.children().forEach(x -> vars(x, out));
    } else if (c instanceof Condition.Not n) {
      vars(n.child(), out);
    } else if (c instanceof Condition.Known k) {
      out.add(new Var(k.fact(), true));
    } else {
      out.add(new Var(((Condition.Compare) c).fact(), false));
    }
  }

  /** The oracle's own classes of a fact: brute force around every value it is compared with, then one per outcome. */
  private List<Value> answers(String fact, List<Condition> roots, LocalDate date) {
    FactDefinition def = catalogue.fact(fact).orElseThrow();
    List<Condition.Compare> leaves = new ArrayList<>();
    roots.forEach(r -> compares(r, fact, leaves));
    List<Value> operands = new ArrayList<>();
    for (Condition.Compare c : leaves) {
      if (c.operand() instanceof Operand.Literal l) {
        operands.add(l.value());
      } else if (c.operand() instanceof Operand.ListOf l) {
        operands.addAll(l.values());
      } else if (c.operand() instanceof Operand.ParameterRef p) {
        operands.add(parameter(p.parameter(), date));
      }
    }
    List<Value> candidates = new ArrayList<>();
    switch (def.type()) {
      case BOOLEAN -> candidates.addAll(List.of(new Value.Bool(true), new Value.Bool(false)));
      case ENUM -> def.allowedValues().forEach(v -> candidates.add(new Value.Text(v)));
      case TEXT -> {
        candidates.addAll(operands);
        candidates.add(new Value.Text("\u0001none of the literals"));
      }
      case REGION -> {
        candidates.addAll(operands);
        catalogue.regions().regions().stream().map(Region::code).sorted().forEach(c -> candidates.add(new Value.Text(c)));
        candidates.add(new Value.Text(catalogue.regions().region("110101001001").isEmpty() ? "110101001001" : "999999999999"));
      }
      case DATE -> operands.forEach(v -> {
        LocalDate d = ((Value.Date) v).value();
        for (int k = -1; k <= 1; k++) {
          candidates.add(new Value.Date(d.plusDays(k)));
        }
      });
      case INTEGER, DECIMAL -> {
        int scale = 0;
        TreeSet<BigDecimal> points = new TreeSet<>();
        for (Value v : operands) {
          points.add(((Value.Number) v).value());
        }
        def.min().ifPresent(points::add);
        def.max().ifPresent(points::add);
        for (BigDecimal p : points) {
          scale = Math.max(scale, p.scale());
        }
        BigDecimal step = def.type() == FactType.INTEGER ? BigDecimal.ONE : BigDecimal.ONE.movePointLeft(scale + 3);
        for (BigDecimal p : points) {
          BigDecimal lo = def.type() == FactType.INTEGER ? p.setScale(0, RoundingMode.FLOOR) : p;
          BigDecimal hi = def.type() == FactType.INTEGER ? p.setScale(0, RoundingMode.CEILING) : p;
          for (BigDecimal x : List.of(lo.subtract(step), lo, hi, hi.add(step))) {
            candidates.add(new Value.Number(x));
          }
        }
        if (points.isEmpty()) {
          candidates.add(new Value.Number(BigDecimal.ZERO));
        }
      }
    }
    // one representative per outcome over the item's comparisons of this fact
    List<Value> out = new ArrayList<>();
    Set<List<Boolean>> seen = new HashSet<>();
    for (Value v : candidates) {
      if (def.type() != FactType.REGION && !def.admits(v)) {
        continue;
      }
      List<Boolean> signature = new ArrayList<>();
      for (Condition.Compare c : leaves) {
        signature.add(compare(c, v, date));
      }
      if (seen.add(signature)) {
        out.add(v);
      }
    }
    return out;
  }

  private static void compares(Condition c, String fact, List<Condition.Compare> out) {
    if (c instanceof Condition.All a) {
      a.children().forEach(x -> compares(x, fact, out));
    } else if (c instanceof Condition.Any a) {
      a.children().forEach(x -> compares(x, fact, out));
    } else if (c instanceof Condition.Not n) {
      compares(n.child(), fact, out);
    } else if (c instanceof Condition.Compare cmp && cmp.fact().equals(fact)) {
      out.add(cmp);
    }
  }

  // ---------------------------------------------------------------- two-valued evaluation

  private boolean eligible(ServiceItem item, Map<Var, Value> c, LocalDate date) {
    return item.conditions().map(x -> eval(x, c, date)).orElse(true) && scenariosHold(item, c, date);
  }

  private boolean scenariosHold(ServiceItem item, Map<Var, Value> c, LocalDate date) {
    for (Scenario s : item.scenarios()) {
      if (s.when().map(x -> eval(x, c, date)).orElse(true) && s.conditions().map(x -> eval(x, c, date)).orElse(true)) {
        return true;
      }
    }
    return false;
  }

  private boolean needed(ServiceItem item, Material m, Map<Var, Value> c, LocalDate date) {
    if (!m.requiredWhen().map(x -> eval(x, c, date)).orElse(true)) {
      return false;
    }
    for (Scenario s : item.scenarios()) {
      if (s.materials().contains(m.id()) && s.when().map(x -> eval(x, c, date)).orElse(true)) {
        return true;
      }
    }
    return false;
  }

  private boolean eval(Condition c, Map<Var, Value> completion, LocalDate date) {
    if (c instanceof Condition.All all) {
      return all.children().stream().allMatch(x -> eval(x, completion, date));
    }
    if (c instanceof Condition.Any any) {
      return any.children().stream().anyMatch(x -> eval(x, completion, date));
    }
    if (c instanceof Condition.Not not) {
      return !eval(not.child(), completion, date);
    }
    if (c instanceof Condition.Known known) {
      return ((Value.Bool) completion.get(new Var(known.fact(), true))).value();
    }
    Condition.Compare cmp = (Condition.Compare) c;
    return compare(cmp, completion.get(new Var(cmp.fact(), false)), date);
  }

  private boolean compare(Condition.Compare cmp, Value actual, LocalDate date) {
    Operand operand = cmp.operand();
    if (operand instanceof Operand.RegionRef r) {
      return path(((Value.Text) actual).value()).contains(r.region());
    }
    if (operand instanceof Operand.ListOf list) {
      boolean member = list.values().stream().anyMatch(v -> equal(actual, v));
      return cmp.operator() == Operator.IN ? member : !member;
    }
    Value expected = operand instanceof Operand.ParameterRef p ? parameter(p.parameter(), date) : ((Operand.Literal) operand).value();
    return switch (cmp.operator()) {
      case EQ -> equal(actual, expected);
      case NE -> !equal(actual, expected);
      case LT -> order(actual, expected) < 0;
      case LE -> order(actual, expected) <= 0;
      case GT -> order(actual, expected) > 0;
      case GE -> order(actual, expected) >= 0;
      default -> throw new AssertionError(cmp.operator());
    };
  }

  private ParameterValue period(String id, LocalDate date) {
    Parameter p = catalogue.parameter(id).orElseThrow();
    return p.values().stream()
        .filter(pv -> !date.isBefore(pv.validity().from()) && pv.validity().to().map(t -> !date.isAfter(t)).orElse(true))
        .findFirst().orElseThrow(() -> new IllegalStateException("parameter " + id + " has no value on " + date));
  }

  private Value parameter(String id, LocalDate date) {
    return period(id, date).value();
  }

  // ---------------------------------------------------------------- reasons

  /** The reasons, written from the table: a node's truth is the one every completion gives it, or open. */
  private final class Reasons {
    final ServiceItem item;
    final Map<String, Value> facts;
    final LocalDate date;
    final Table table;
    final boolean met;

    Reasons(ServiceItem item, Map<String, Value> facts, LocalDate date, Table table, boolean met) {
      this.item = item;
      this.facts = facts;
      this.date = date;
      this.table = table;
      this.met = met;
    }

    void walk(Condition c, Optional<String> basis, List<String> out) {
      Tri t = table.truth(x -> eval(c, x, date));
      if (met ? t != Tri.TRUE : t == Tri.TRUE) {
        return;
      }
      Optional<String> cited = c.basis().or(() -> basis);
      String kind = met ? "MET" : t == Tri.FALSE ? "FAILED" : "UNKNOWN";
      boolean leaf = c instanceof Condition.Compare || c instanceof Condition.Known;
      if (c.text().isPresent() || leaf || c instanceof Condition.Not) {
        String wording = c.text().map(x -> x + " / " + x).orElseGet(() -> c instanceof Condition.Not n
            ? "不满足:" + derived(n.child()) + " / not: " + derivedEn(n.child()) : derived(c) + " / " + derivedEn(c));
        Set<String> f = new LinkedHashSet<>();
        factsOf(c, f);
        List<String> applied = new ArrayList<>();
        applied(c, kind, false, applied);
        String citedId = cited.filter(id -> item.legalBasis(id).isPresent()).orElse("-");
        out.add(reason(kind, wording, citedId, List.copyOf(f), applied));
        return;
      }
      List<Condition> children = c instanceof Condition.All a ? a.children() : ((Condition.Any) c).children();
      children.forEach(x -> walk(x, cited, out));
    }

    void applied(Condition c, String kind, boolean negated, List<String> out) {
      if (c instanceof Condition.Compare cmp) {
        Value v = facts.get(cmp.fact());
        if (v == null) {
          return;
        }
        boolean holds = compare(cmp, v, date);
        boolean wanted = kind.equals("UNKNOWN") || (kind.equals("MET") ? holds != negated : holds == negated);
        if (wanted) {
          Optional<String> parameter = Optional.empty();
          Optional<LocalDate> from = Optional.empty();
          String threshold;
          if (cmp.operand() instanceof Operand.ParameterRef p) {
            parameter = Optional.of(p.parameter());
            ParameterValue pv = period(p.parameter(), date);
            from = Optional.of(pv.validity().from());
            threshold = pv.value().toString();
          } else if (cmp.operand() instanceof Operand.Literal l) {
            threshold = l.value().toString();
          } else if (cmp.operand() instanceof Operand.ListOf l) {
            threshold = String.join("、", l.values().stream().map(Value::toString).toList());
          } else {
            threshold = ((Operand.RegionRef) cmp.operand()).region();
          }
          out.add(Oracle.applied(cmp.fact(), v.toString(), cmp.operator(), holds, threshold, parameter, from));
        }
      } else if (c instanceof Condition.Not n) {
        applied(n.child(), kind, !negated, out);
      } else if (c instanceof Condition.All a) {
        a.children().forEach(x -> applied(x, kind, negated, out));
      } else if (c instanceof Condition.Any a) {
        a.children().forEach(x -> applied(x, kind, negated, out));
      }
    }

    /** The wording of a condition without text, from the dictionary (docs/decisions.md). */
    private String derived(Condition c) {
      if (c.text().isPresent()) {
        return c.text().get();
      }
      if (c instanceof Condition.Known k) {
        return "须提供" + label(k.fact());
      }
      if (c instanceof Condition.Compare cmp) {
        if (cmp.operand() instanceof Operand.Literal l && l.value() instanceof Value.Bool b) {
          return label(cmp.fact()) + ":" + ((cmp.operator() == Operator.EQ) == b.value() ? "是" : "否");
        }
        String operand;
        if (cmp.operand() instanceof Operand.Literal l) {
          operand = l.value() instanceof Value.Bool b ? (b.value() ? "是" : "否") : l.value().toString();
        } else if (cmp.operand() instanceof Operand.ListOf l) {
          operand = String.join("、", l.values().stream().map(Value::toString).toList());
        } else if (cmp.operand() instanceof Operand.ParameterRef p) {
          operand = catalogue.parameter(p.parameter()).orElseThrow().label();
        } else {
          String code = ((Operand.RegionRef) cmp.operand()).region();
          operand = catalogue.regions().region(code).map(Region::name).orElse(code);
        }
        return label(cmp.fact()) + " " + cmp.operator().label() + " " + operand;
      }
      if (c instanceof Condition.Not n) {
        return "不满足:" + derived(n.child());
      }
      List<Condition> parts = c instanceof Condition.All a ? a.children() : ((Condition.Any) c).children();
      return String.join(c instanceof Condition.All ? ",且" : ",或", parts.stream().map(this::derived).toList());
    }

    /** The English wording of a condition without text: the dictionary's names, English words around them. */
    private String derivedEn(Condition c) {
      if (c.text().isPresent()) {
        return c.text().get();
      }
      if (c instanceof Condition.Known k) {
        return label(k.fact()) + " must be given";
      }
      if (c instanceof Condition.Compare cmp) {
        if (cmp.operand() instanceof Operand.Literal l && l.value() instanceof Value.Bool b) {
          return label(cmp.fact()) + ": " + ((cmp.operator() == Operator.EQ) == b.value() ? "yes" : "no");
        }
        String operand;
        if (cmp.operand() instanceof Operand.Literal l) {
          operand = l.value() instanceof Value.Bool b ? (b.value() ? "yes" : "no") : l.value().toString();
        } else if (cmp.operand() instanceof Operand.ListOf l) {
          operand = String.join(", ", l.values().stream().map(Value::toString).toList());
        } else if (cmp.operand() instanceof Operand.ParameterRef p) {
          operand = catalogue.parameter(p.parameter()).orElseThrow().label();
        } else {
          String code = ((Operand.RegionRef) cmp.operand()).region();
          operand = catalogue.regions().region(code).map(Region::name).orElse(code);
        }
        String op = switch (cmp.operator()) {
          case EQ -> "is";
          case NE -> "is not";
          case LT -> "is less than";
          case LE -> "is at most";
          case GT -> "is greater than";
          case GE -> "is at least";
          case IN -> "is one of";
          case NOT_IN -> "is none of";
          case WITHIN -> "is within";
        };
        return label(cmp.fact()) + " " + op + " " + operand;
      }
      if (c instanceof Condition.Not n) {
        return "not: " + derivedEn(n.child());
      }
      List<Condition> parts = c instanceof Condition.All a ? a.children() : ((Condition.Any) c).children();
      return String.join(c instanceof Condition.All ? ", and " : " or ", parts.stream().map(this::derivedEn).toList());
    }

    private String label(String fact) {
      return catalogue.fact(fact).map(FactDefinition::label).orElse(fact);
    }
  }

  private static void factsOf(Condition c, Set<String> out) {
    if (c instanceof Condition.All a) {
      a.children().forEach(x -> factsOf(x, out));
    } else if (c instanceof Condition.Any a) {
      a.children().forEach(x -> factsOf(x, out));
    } else if (c instanceof Condition.Not n) {
      factsOf(n.child(), out);
    } else if (c instanceof Condition.Known k) {
      out.add(k.fact());
    } else {
      out.add(((Condition.Compare) c).fact());
    }
  }

  // ---------------------------------------------------------------- acceptance, regions, calendar

  private Optional<String> home(Map<String, Value> facts, String fact) {
    return Optional.ofNullable(facts.get(fact)).map(v -> ((Value.Text) v).value());
  }

  /** The oracle's own reading of scope and modes. */
  private Optional<Acceptance.Mode> accept(ServiceItem item, Region point, String home) {
    List<String> homePath = path(home);
    if (homePath.isEmpty()) {
      return Optional.empty();
    }
    String homeCounty = at(home, RegionLevel.COUNTY);
    String pointCounty = at(point.code(), RegionLevel.COUNTY);
    boolean covered = switch (item.scope()) {
      case CITY -> true;
      case COUNTY -> homeCounty != null && homeCounty.equals(pointCounty);
      case TOWNSHIP -> at(home, RegionLevel.TOWNSHIP) != null && at(home, RegionLevel.TOWNSHIP).equals(at(point.code(), RegionLevel.TOWNSHIP));
      case LOCAL -> (point.level() == RegionLevel.TOWNSHIP || point.level() == RegionLevel.VILLAGE) && homePath.contains(point.code());
    };
    if (!covered) {
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

  /** The regions a code lies in, nearest first; a code the tree lacks lies in its nearest listed prefix (village → township → county → city). */
  private List<String> path(String code) {
    List<String> out = new ArrayList<>();
    Optional<Region> r = catalogue.regions().region(code);
    int[] cuts = {9, 6, 4};
    for (int i = 0; r.isEmpty() && i < cuts.length; i++) {
      if (code.length() > cuts[i]) {
        String prefix = code.substring(0, cuts[i]);
        r = catalogue.regions().region(cuts[i] == 4 ? prefix + "00" : prefix);
      }
    }
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

  private LocalDate onOrAfter(LocalDate d) {
    LocalDate day = d;
    while (!workingDay(day)) {
      day = day.plusDays(1);
    }
    return day;
  }

  private LocalDate count(LocalDate from, int days) {
    LocalDate due = from;
    for (int left = days; left > 0; ) {
      due = due.plusDays(1);
      if (workingDay(due)) {
        left--;
      }
    }
    return due;
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
}
