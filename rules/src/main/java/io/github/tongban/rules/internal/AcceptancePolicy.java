package io.github.tongban.rules.internal;

import io.github.tongban.core.condition.Value;
import io.github.tongban.core.model.AcceptanceScope;
import io.github.tongban.core.model.HandlingMode;
import io.github.tongban.core.model.HomeBasis;
import io.github.tongban.core.model.OnlineLevel;
import io.github.tongban.core.model.Region;
import io.github.tongban.core.model.RegionLevel;
import io.github.tongban.core.model.RegionTree;
import io.github.tongban.core.model.ServiceItem;
import java.util.List;
import java.util.Optional;
import org.drools.model.Rule;
import org.drools.model.Variable;
import org.drools.modelcompiler.dsl.pattern.D;

/**
 * The fixed policy on where an application may be handed in (通办范围), the same for every item.
 * Read top to bottom.
 *
 * <p>An item's scope says how far from home it may be handed in: anywhere in the city (全市通办),
 * in the applicant's county-level division (全县通办) or township (全镇通办), or only at the
 * applicant's own service point (属地办理). "Home" is where the applicant's household is
 * registered ({@value #HOUSEHOLD}) or, where the item counts it ({@code home:
 * household-or-residence}, the default), where they live ({@value #RESIDENCE}). A home outside the
 * region tree is elsewhere: no point of the city is its territorial authority, so it is refused. The
 * point must also be at a level that exercises the item (行使层级). Within the applicant's own
 * county the application is handled as usual (属地受理); beyond it, in the first of the item's
 * cross-region modes: 异地代收代办, then 多地联办, then 全程网办 at the window. Online, only fully
 * online items (全程网办) are accepted. The territorial authority of the applicant decides in every case.
 */
public final class AcceptancePolicy {
  /** The fact that holds the region where the applicant's household is registered. */
  public static final String HOUSEHOLD = "householdRegion";
  /** The fact that holds the region where the applicant lives. */
  public static final String RESIDENCE = "residenceRegion";

  /** The item version being decided. */
  record Subject(ServiceItem item) {}

  /** A home of the applicant that is known: {@code fact} is {@value #HOUSEHOLD} or {@value #RESIDENCE}. */
  record Home(String fact, Value value) {}

  /** The application is handed in at this service point. */
  record Point(Region region) {}

  /** The application is made online. */
  record Online(boolean online) {}

  /** Whether the point (or the online channel) may accept the application. */
  public enum Outcome {
    ACCEPTED, REFUSED, UNDETERMINED
  }

  /** How an accepted application is handled (see {@link #mode}). */
  public enum Mode {
    LOCAL, ONLINE, PROXY, JOINT
  }

  /** Why the policy decided as it did. */
  public enum Why {
    ONLINE_FULL, NOT_FULLY_ONLINE, LEVEL, IN_SCOPE, OUT_OF_SCOPE, OUTSIDE_CITY, HOME_UNKNOWN, RESIDENCE_UNKNOWN
  }

  /** The policy's verdict; {@code home} is the fact that decided it, when one did. */
  public record Verdict(Outcome outcome, Optional<Mode> mode, Why why, Optional<String> home) {}

  private AcceptancePolicy() {}

  static List<Rule> rules(String pkg, RegionTree tree) {
    return List.of(
        // Online.
        // 1. A fully online item (全程网办) is accepted for a home that counts and lies in the city;
        onlineAccepted(pkg, tree, HOUSEHOLD),
        onlineAccepted(pkg, tree, RESIDENCE),
        // 2. any other item needs a window;
        onlineNotFull(pkg),
        // 3. a household outside the city, and no residence that counts in it: no territorial authority here;
        onlineOutsideCity(pkg, tree, false),
        onlineOutsideCity(pkg, tree, true),
        // 4. while a home that counts is unknown and none known is in the city: undetermined, the unknown one asked.
        onlineUndetermined(pkg, tree, HOUSEHOLD),
        onlineUndetermined(pkg, tree, RESIDENCE),
        // At a service point.
        // 5. A point at a level that does not exercise the item cannot accept it.
        wrongLevel(pkg),
        // 6. Within the scope around the household's region, or the residence's where it counts: accepted.
        inScope(pkg, tree, HOUSEHOLD),
        inScope(pkg, tree, RESIDENCE),
        // 7. Every home that counts is known and none has the point in scope: refused.
        refused(pkg, tree, false),
        refused(pkg, tree, true),
        // 8. A home that counts is unknown and no known one has the point in scope: undetermined, the unknown one asked.
        undetermined(pkg, tree, HOUSEHOLD),
        undetermined(pkg, tree, RESIDENCE));
  }

  private static org.drools.model.PatternDSL.PatternDef<Subject> subject(Variable<Subject> s, String name,
      java.util.function.Predicate<ServiceItem> test) {
    return D.pattern(s).expr("subject." + name, sb -> test.test(sb.item()));
  }

  private static org.drools.model.PatternDSL.PatternDef<Point> exercised(Variable<Point> p, Variable<Subject> s) {
    return D.pattern(p).expr("point.level-exercised", s, (pt, sb) -> sb.item().levels().contains(pt.region().level()));
  }

  private static Rule onlineAccepted(String pkg, RegionTree tree, String fact) {
    Variable<Subject> s = D.declarationOf(Subject.class);
    Variable<Home> h = D.declarationOf(Home.class);
    boolean residence = fact.equals(RESIDENCE);
    return rule(pkg, "policy.acceptance.online." + fact).build(
        subject(s, residence ? "full-residence-counts" : "full", i -> i.onlineLevel() == OnlineLevel.FULL && (!residence || residenceCounts(i))),
        D.pattern(D.declarationOf(Online.class)),
        home(h, fact).expr("home.in-city", x -> !elsewhere(tree, x)),
        D.execute(drools -> drools.insert(new Verdict(Outcome.ACCEPTED, Optional.of(Mode.ONLINE), Why.ONLINE_FULL,
            Optional.of(fact)))));
  }

  private static Rule onlineNotFull(String pkg) {
    Variable<Subject> s = D.declarationOf(Subject.class);
    return rule(pkg, "policy.acceptance.online.not-full").build(
        subject(s, "not-full", i -> i.onlineLevel() != OnlineLevel.FULL),
        D.pattern(D.declarationOf(Online.class)),
        D.execute(drools -> drools.insert(new Verdict(Outcome.REFUSED, Optional.empty(), Why.NOT_FULLY_ONLINE, Optional.empty()))));
  }

  /** Online, a household outside the city: refused when the residence does not count, or counts and is outside too. */
  private static Rule onlineOutsideCity(String pkg, RegionTree tree, boolean residenceCounts) {
    Variable<Subject> s = D.declarationOf(Subject.class);
    Variable<Home> h = D.declarationOf(Home.class);
    Variable<Home> r = D.declarationOf(Home.class);
    List<org.drools.model.RuleItemBuilder<?>> when = new java.util.ArrayList<>();
    when.add(subject(s, residenceCounts ? "full-residence-counts" : "full-household-only",
        i -> i.onlineLevel() == OnlineLevel.FULL && residenceCounts(i) == residenceCounts));
    when.add(D.pattern(D.declarationOf(Online.class)));
    when.add(home(h, HOUSEHOLD).expr("home.elsewhere", x -> elsewhere(tree, x)));
    if (residenceCounts) {
      when.add(home(r, RESIDENCE).expr("residence.elsewhere", x -> elsewhere(tree, x)));
    }
    when.add(D.execute(drools -> drools.insert(new Verdict(Outcome.REFUSED, Optional.empty(), Why.OUTSIDE_CITY,
        Optional.of(HOUSEHOLD)))));
    return rule(pkg, "policy.acceptance.online.outside-city" + (residenceCounts ? ".residence-too" : ""))
        .build(when.toArray(new org.drools.model.RuleItemBuilder<?>[0]));
  }

  /** Online, a fully online item, {@code fact} (a home that counts) unknown, and no known home in the city. */
  private static Rule onlineUndetermined(String pkg, RegionTree tree, String fact) {
    Variable<Subject> s = D.declarationOf(Subject.class);
    Variable<Home> unknown = D.declarationOf(Home.class);
    Variable<Home> other = D.declarationOf(Home.class);
    boolean residence = fact.equals(RESIDENCE);
    String otherFact = residence ? HOUSEHOLD : RESIDENCE;
    return rule(pkg, "policy.acceptance.online.undetermined." + fact).build(
        subject(s, residence ? "full-residence-counts" : "full", i -> i.onlineLevel() == OnlineLevel.FULL && (!residence || residenceCounts(i))),
        D.pattern(D.declarationOf(Online.class)),
        D.not(home(unknown, fact)),
        D.not(home(other, otherFact).expr("other-home.counts-in-city", s,
            (x, sb) -> (otherFact.equals(HOUSEHOLD) || residenceCounts(sb)) && !elsewhere(tree, x))),
        D.execute(drools -> drools.insert(new Verdict(Outcome.UNDETERMINED, Optional.empty(),
            residence ? Why.RESIDENCE_UNKNOWN : Why.HOME_UNKNOWN, Optional.of(fact)))));
  }

  private static Rule wrongLevel(String pkg) {
    Variable<Subject> s = D.declarationOf(Subject.class);
    Variable<Point> p = D.declarationOf(Point.class);
    return rule(pkg, "policy.acceptance.wrong-level").build(
        D.pattern(s),
        D.pattern(p).expr("point.level-not-exercised", s, (pt, sb) -> !sb.item().levels().contains(pt.region().level())),
        D.execute(drools -> drools.insert(new Verdict(Outcome.REFUSED, Optional.empty(), Why.LEVEL, Optional.empty()))));
  }

  /**
   * At a point, every home that counts is known and none has the point in scope: refused, because
   * no home is in the city (outside the city) or because the scope does not reach the point.
   */
  private static Rule refused(String pkg, RegionTree tree, boolean residenceCounts) {
    Variable<Subject> s = D.declarationOf(Subject.class);
    Variable<Point> p = D.declarationOf(Point.class);
    Variable<Home> h = D.declarationOf(Home.class);
    Variable<Home> r = D.declarationOf(Home.class);
    if (!residenceCounts) {
      return rule(pkg, "policy.acceptance.refused.household-only").build(
          subject(s, "household-only", i -> !residenceCounts(i)),
          exercised(p, s),
          home(h, HOUSEHOLD).expr("home.out-of-scope", s, p, (x, sb, pt) -> mode(tree, sb.item(), pt.region(), x).isEmpty()),
          D.on(h).execute((drools, x) -> drools.insert(new Verdict(Outcome.REFUSED, Optional.empty(),
              elsewhere(tree, x) ? Why.OUTSIDE_CITY : Why.OUT_OF_SCOPE, Optional.of(HOUSEHOLD)))));
    }
    return rule(pkg, "policy.acceptance.refused.household-and-residence").build(
        subject(s, "residence-counts", AcceptancePolicy::residenceCounts),
        exercised(p, s),
        home(h, HOUSEHOLD).expr("home.out-of-scope", s, p, (x, sb, pt) -> mode(tree, sb.item(), pt.region(), x).isEmpty()),
        home(r, RESIDENCE).expr("residence.out-of-scope", s, p, (x, sb, pt) -> mode(tree, sb.item(), pt.region(), x).isEmpty()),
        D.on(h, r).execute((drools, x, y) -> drools.insert(new Verdict(Outcome.REFUSED, Optional.empty(),
            elsewhere(tree, x) && elsewhere(tree, y) ? Why.OUTSIDE_CITY : Why.OUT_OF_SCOPE,
            Optional.of(elsewhere(tree, x) ? RESIDENCE : HOUSEHOLD)))));
  }

  /** At a point, {@code fact} (a home that counts) unknown, and the other home, if it counts and is known, not in scope. */
  private static Rule undetermined(String pkg, RegionTree tree, String fact) {
    Variable<Subject> s = D.declarationOf(Subject.class);
    Variable<Point> p = D.declarationOf(Point.class);
    Variable<Home> unknown = D.declarationOf(Home.class);
    Variable<Home> other = D.declarationOf(Home.class);
    boolean residence = fact.equals(RESIDENCE);
    String otherFact = residence ? HOUSEHOLD : RESIDENCE;
    return rule(pkg, "policy.acceptance.undetermined." + fact).build(
        subject(s, residence ? "residence-counts" : "household", i -> !residence || residenceCounts(i)),
        exercised(p, s),
        D.not(home(unknown, fact)),
        D.not(home(other, otherFact).expr("other-home.in-scope", s, p,
            (x, sb, pt) -> (otherFact.equals(HOUSEHOLD) || residenceCounts(sb)) && mode(tree, sb.item(), pt.region(), x).isPresent())),
        D.execute(drools -> drools.insert(new Verdict(Outcome.UNDETERMINED, Optional.empty(),
            residence ? Why.RESIDENCE_UNKNOWN : Why.HOME_UNKNOWN, Optional.of(fact)))));
  }

  private static Rule inScope(String pkg, RegionTree tree, String fact) {
    Variable<Subject> s = D.declarationOf(Subject.class);
    Variable<Point> p = D.declarationOf(Point.class);
    Variable<Home> h = D.declarationOf(Home.class);
    boolean residence = fact.equals(RESIDENCE);
    return rule(pkg, "policy.acceptance.in-scope." + fact).build(
        subject(s, residence ? "residence-counts" : "household", i -> !residence || residenceCounts(i)),
        exercised(p, s),
        home(h, fact).expr("home.in-scope", s, p, (hm, sb, pt) -> mode(tree, sb.item(), pt.region(), hm).isPresent()),
        D.on(s, p, h).execute((drools, sb, pt, hm) -> drools.insert(new Verdict(Outcome.ACCEPTED,
            mode(tree, sb.item(), pt.region(), hm), Why.IN_SCOPE, Optional.of(fact)))));
  }

  /** Whether the item counts the residence as home (the household always counts). */
  static boolean residenceCounts(Subject s) {
    return residenceCounts(s.item());
  }

  public static boolean residenceCounts(ServiceItem item) {
    return item.home() == HomeBasis.HOUSEHOLD_OR_RESIDENCE;
  }

  /** Whether a home fact names a region outside the tree: elsewhere, outside the city. */
  private static boolean elsewhere(RegionTree tree, Home home) {
    return !tree.inCity(((io.github.tongban.core.condition.Value.Text) home.value()).value());
  }

  private static org.drools.model.impl.RuleBuilder rule(String pkg, String name) {
    return D.rule(pkg, name);
  }

  private static org.drools.model.PatternDSL.PatternDef<Home> home(Variable<Home> v, String fact) {
    return D.pattern(v).expr("home.fact==" + fact, k -> k.fact().equals(fact),
        D.alphaIndexedBy(String.class, org.drools.model.Index.ConstraintType.EQUAL, 0, Home::fact, fact));
  }

  private static Optional<Mode> mode(RegionTree tree, ServiceItem item, Region point, Home home) {
    return mode(tree, item, point, ((io.github.tongban.core.condition.Value.Text) home.value()).value());
  }

  /**
   * How a point may accept an item for an applicant at home in region {@code home}, or empty when
   * it may not: the scope must cover the point, the point's level must exercise the item, and a
   * point outside the applicant's county needs a cross-region mode.
   */
  public static Optional<Mode> mode(RegionTree tree, ServiceItem item, Region point, String home) {
    if (!item.levels().contains(point.level()) || !tree.inCity(home)) {
      return Optional.empty();
    }
    boolean covered = switch (item.scope()) {
      case CITY -> true;
      case COUNTY -> same(tree, point.code(), home, RegionLevel.COUNTY);
      case TOWNSHIP -> same(tree, point.code(), home, RegionLevel.TOWNSHIP);
      case LOCAL -> (point.level() == RegionLevel.TOWNSHIP || point.level() == RegionLevel.VILLAGE)
          && tree.isWithin(home, point.code());
    };
    if (!covered) {
      return Optional.empty();
    }
    if (same(tree, point.code(), home, RegionLevel.COUNTY)) {
      return Optional.of(Mode.LOCAL);
    }
    if (item.scope() != AcceptanceScope.CITY) {
      return Optional.empty();
    }
    if (item.modes().contains(HandlingMode.PROXY)) {
      return Optional.of(Mode.PROXY);
    }
    if (item.modes().contains(HandlingMode.JOINT)) {
      return Optional.of(Mode.JOINT);
    }
    return item.modes().contains(HandlingMode.ONLINE) ? Optional.of(Mode.ONLINE) : Optional.empty();
  }

  private static boolean same(RegionTree tree, String a, String b, RegionLevel level) {
    Optional<Region> x = tree.ancestorAt(a, level);
    return x.isPresent() && x.equals(tree.ancestorAt(b, level));
  }
}
