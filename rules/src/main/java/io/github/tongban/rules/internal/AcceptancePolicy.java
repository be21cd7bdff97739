package io.github.tongban.rules.internal;

import io.github.tongban.core.model.AcceptanceScope;
import io.github.tongban.core.model.HandlingMode;
import io.github.tongban.core.model.HomeBasis;
import io.github.tongban.core.model.OnlineLevel;
import io.github.tongban.core.model.Region;
import io.github.tongban.core.model.RegionLevel;
import io.github.tongban.core.model.RegionTree;
import io.github.tongban.core.model.ServiceItem;
import io.github.tongban.rules.Acceptance;
import io.github.tongban.rules.internal.ConditionRules.Known;
import io.github.tongban.rules.internal.ConditionRules.Subject;
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
final class AcceptancePolicy {
  static final int SALIENCE = 10;
  /** The fact that holds the region where the applicant's household is registered. */
  static final String HOUSEHOLD = "householdRegion";
  /** The fact that holds the region where the applicant lives. */
  static final String RESIDENCE = "residenceRegion";

  /** The application is handed in at this service point. */
  record Point(Region region) {}

  /** The application is made online. */
  record Online(boolean online) {}

  /** Why the policy decided as it did. */
  enum Why {
    ONLINE_FULL, NOT_FULLY_ONLINE, LEVEL, IN_SCOPE, OUT_OF_SCOPE, OUTSIDE_CITY, HOME_UNKNOWN
  }

  /** The policy's verdict; {@code home} is the fact that decided it, when one did. */
  record Verdict(Acceptance.Outcome outcome, Optional<Acceptance.Mode> mode, Why why, Optional<String> home) {}

  private AcceptancePolicy() {}

  static List<Rule> rules(String pkg, RegionTree tree) {
    Variable<Subject> s1 = D.declarationOf(Subject.class);
    Variable<Online> o1 = D.declarationOf(Online.class);
    Variable<Known> h1 = D.declarationOf(Known.class);
    Variable<Subject> s1b = D.declarationOf(Subject.class);
    Variable<Online> o1b = D.declarationOf(Online.class);
    Variable<Known> h1b = D.declarationOf(Known.class);
    Variable<Known> r1b = D.declarationOf(Known.class);
    Variable<Subject> s1c = D.declarationOf(Subject.class);
    Variable<Online> o1c = D.declarationOf(Online.class);
    Variable<Known> h1c = D.declarationOf(Known.class);
    Variable<Known> r1c = D.declarationOf(Known.class);
    Variable<Subject> s2 = D.declarationOf(Subject.class);
    Variable<Online> o2 = D.declarationOf(Online.class);
    Variable<Subject> s3 = D.declarationOf(Subject.class);
    Variable<Point> p3 = D.declarationOf(Point.class);
    Variable<Subject> s6 = D.declarationOf(Subject.class);
    Variable<Point> p6 = D.declarationOf(Point.class);
    Variable<Known> h6 = D.declarationOf(Known.class);
    Variable<Known> r6 = D.declarationOf(Known.class);
    Variable<Subject> s6b = D.declarationOf(Subject.class);
    Variable<Point> p6b = D.declarationOf(Point.class);
    Variable<Known> h6b = D.declarationOf(Known.class);
    Variable<Known> r6b = D.declarationOf(Known.class);
    Variable<Subject> s7 = D.declarationOf(Subject.class);
    Variable<Point> p7 = D.declarationOf(Point.class);
    Variable<Known> h7 = D.declarationOf(Known.class);
    Variable<Known> r7 = D.declarationOf(Known.class);
    return List.of(
        // 1. Online, a fully online item (全程网办) is accepted; the territorial authority handles it ...
        rule(pkg, "policy.acceptance.online-full").build(
            D.pattern(s1).expr("subject.online==full", s -> s.item().onlineLevel() == OnlineLevel.FULL),
            D.pattern(o1),
            D.not(home(h1, HOUSEHOLD).expr("home.elsewhere", h -> elsewhere(tree, h))),
            D.execute(drools -> drools.insert(new Verdict(Acceptance.Outcome.ACCEPTED, Optional.of(Acceptance.Mode.ONLINE), Why.ONLINE_FULL, Optional.empty())))),
        //    ... also for a household outside the city, when the item counts the residence as home and it is in the city;
        rule(pkg, "policy.acceptance.online-full-by-residence").build(
            D.pattern(s1b).expr("subject.online==full&&residence", s -> s.item().onlineLevel() == OnlineLevel.FULL && residenceCounts(s)),
            D.pattern(o1b),
            home(h1b, HOUSEHOLD).expr("home.elsewhere", h -> elsewhere(tree, h)),
            home(r1b, RESIDENCE).expr("home.in-city", r -> !elsewhere(tree, r)),
            D.execute(drools -> drools.insert(new Verdict(Acceptance.Outcome.ACCEPTED, Optional.of(Acceptance.Mode.ONLINE), Why.ONLINE_FULL, Optional.of(RESIDENCE))))),
        //    otherwise a household outside the city has no territorial authority here.
        rule(pkg, "policy.acceptance.online-outside-city").build(
            D.pattern(s1c),
            D.pattern(o1c),
            home(h1c, HOUSEHOLD).expr("home.elsewhere", h -> elsewhere(tree, h)),
            D.not(home(r1c, RESIDENCE).expr("residence.counts-in-city", s1c, (r, s) -> residenceCounts(s) && !elsewhere(tree, r))),
            D.execute(drools -> drools.insert(new Verdict(Acceptance.Outcome.REFUSED, Optional.empty(), Why.OUTSIDE_CITY, Optional.of(HOUSEHOLD))))),
        // 2. Online, any other item needs a window.
        rule(pkg, "policy.acceptance.online-not-full").build(
            D.pattern(s2).expr("subject.online!=full", s -> s.item().onlineLevel() != OnlineLevel.FULL),
            D.pattern(o2),
            D.execute(drools -> drools.insert(new Verdict(Acceptance.Outcome.REFUSED, Optional.empty(), Why.NOT_FULLY_ONLINE, Optional.empty())))),
        // 3. A point at a level that does not exercise the item cannot accept it.
        rule(pkg, "policy.acceptance.wrong-level").build(
            D.pattern(s3),
            D.pattern(p3).expr("point.level-not-exercised", s3, (p, s) -> !s.item().levels().contains(p.region().level())),
            D.execute(drools -> drools.insert(new Verdict(Acceptance.Outcome.REFUSED, Optional.empty(), Why.LEVEL, Optional.empty())))),
        // 4. and 5. Within the scope around the household's region, or the residence's where the item counts it: accepted.
        inScope(pkg, tree, HOUSEHOLD),
        inScope(pkg, tree, RESIDENCE),
        // 6. Outside the scope of the household's region (in the city), and not within that of a residence that counts.
        rule(pkg, "policy.acceptance.out-of-scope").build(
            D.pattern(s6),
            D.pattern(p6).expr("point.level-exercised", s6, (p, s) -> s.item().levels().contains(p.region().level())),
            home(h6, HOUSEHOLD).expr("home.out-of-scope", s6, p6, (h, s, p) -> !elsewhere(tree, h) && mode(tree, s.item(), p.region(), h).isEmpty()),
            D.not(home(r6, RESIDENCE).expr("home.in-scope", s6, p6, (h, s, p) -> residenceCounts(s) && mode(tree, s.item(), p.region(), h).isPresent())),
            D.execute(drools -> drools.insert(new Verdict(Acceptance.Outcome.REFUSED, Optional.empty(), Why.OUT_OF_SCOPE, Optional.of(HOUSEHOLD))))),
        // 6b. A household outside the city: no point of the city is its territorial authority.
        rule(pkg, "policy.acceptance.outside-city").build(
            D.pattern(s6b),
            D.pattern(p6b).expr("point.level-exercised", s6b, (p, s) -> s.item().levels().contains(p.region().level())),
            home(h6b, HOUSEHOLD).expr("home.elsewhere", h -> elsewhere(tree, h)),
            D.not(home(r6b, RESIDENCE).expr("home.in-scope", s6b, p6b, (h, s, p) -> residenceCounts(s) && mode(tree, s.item(), p.region(), h).isPresent())),
            D.execute(drools -> drools.insert(new Verdict(Acceptance.Outcome.REFUSED, Optional.empty(), Why.OUTSIDE_CITY, Optional.of(HOUSEHOLD))))),
        // 7. Where the applicant is registered is not known yet (nor a residence that counts): ask before deciding.
        rule(pkg, "policy.acceptance.home-unknown").build(
            D.pattern(s7),
            D.pattern(p7).expr("point.level-exercised", s7, (p, s) -> s.item().levels().contains(p.region().level())),
            D.not(home(h7, HOUSEHOLD)),
            D.not(home(r7, RESIDENCE).expr("residence.counts", s7, (r, s) -> residenceCounts(s))),
            D.execute(drools -> drools.insert(new Verdict(Acceptance.Outcome.UNDETERMINED, Optional.empty(), Why.HOME_UNKNOWN, Optional.empty())))));
  }

  private static Rule inScope(String pkg, RegionTree tree, String fact) {
    Variable<Subject> s = D.declarationOf(Subject.class);
    Variable<Point> p = D.declarationOf(Point.class);
    Variable<Known> h = D.declarationOf(Known.class);
    boolean residence = fact.equals(RESIDENCE);
    return rule(pkg, "policy.acceptance.in-scope." + fact).build(
        D.pattern(s).expr(residence ? "subject.residence-counts" : "subject.household-counts", sb -> !residence || residenceCounts(sb)),
        D.pattern(p).expr("point.level-exercised", s, (pt, sb) -> sb.item().levels().contains(pt.region().level())),
        home(h, fact).expr("home.in-scope", s, p, (hm, sb, pt) -> mode(tree, sb.item(), pt.region(), hm).isPresent()),
        D.on(s, p, h).execute((drools, sb, pt, hm) -> drools.insert(new Verdict(Acceptance.Outcome.ACCEPTED,
            mode(tree, sb.item(), pt.region(), hm), Why.IN_SCOPE, Optional.of(fact)))));
  }

  /** Whether the item counts the residence as home (the household always counts). */
  static boolean residenceCounts(Subject s) {
    return residenceCounts(s.item());
  }

  static boolean residenceCounts(ServiceItem item) {
    return item.home() == HomeBasis.HOUSEHOLD_OR_RESIDENCE;
  }

  /** Whether a home fact names a region outside the tree: elsewhere, outside the city. */
  private static boolean elsewhere(RegionTree tree, Known home) {
    return !tree.contains(((io.github.tongban.core.condition.Value.Text) home.value()).value());
  }

  private static org.drools.model.impl.RuleBuilder rule(String pkg, String name) {
    return D.rule(pkg, name).attribute(Rule.Attribute.SALIENCE, SALIENCE);
  }

  private static org.drools.model.PatternDSL.PatternDef<Known> home(Variable<Known> v, String fact) {
    return D.pattern(v).expr("known.fact==" + fact, k -> k.fact().equals(fact),
        D.alphaIndexedBy(String.class, org.drools.model.Index.ConstraintType.EQUAL, 1, Known::fact, fact));
  }

  private static Optional<Acceptance.Mode> mode(RegionTree tree, ServiceItem item, Region point, Known home) {
    return mode(tree, item, point, ((io.github.tongban.core.condition.Value.Text) home.value()).value());
  }

  /**
   * How a point may accept an item for an applicant at home in region {@code home}, or empty when
   * it may not: the scope must cover the point, the point's level must exercise the item, and a
   * point outside the applicant's county needs a cross-region mode.
   */
  static Optional<Acceptance.Mode> mode(RegionTree tree, ServiceItem item, Region point, String home) {
    if (!item.levels().contains(point.level()) || tree.region(home).isEmpty()) {
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
      return Optional.of(Acceptance.Mode.LOCAL);
    }
    if (item.scope() != AcceptanceScope.CITY) {
      return Optional.empty();
    }
    if (item.modes().contains(HandlingMode.PROXY)) {
      return Optional.of(Acceptance.Mode.PROXY);
    }
    if (item.modes().contains(HandlingMode.JOINT)) {
      return Optional.of(Acceptance.Mode.JOINT);
    }
    return item.modes().contains(HandlingMode.ONLINE) ? Optional.of(Acceptance.Mode.ONLINE) : Optional.empty();
  }

  private static boolean same(RegionTree tree, String a, String b, RegionLevel level) {
    Optional<Region> x = tree.ancestorAt(a, level);
    return x.isPresent() && x.equals(tree.ancestorAt(b, level));
  }
}
