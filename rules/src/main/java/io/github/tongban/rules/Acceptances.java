package io.github.tongban.rules;

import io.github.tongban.core.LocalizedText;
import io.github.tongban.core.condition.Value;
import io.github.tongban.core.model.AcceptanceScope;
import io.github.tongban.core.model.Catalogue;
import io.github.tongban.core.model.HandlingMode;
import io.github.tongban.core.model.LocalInfo;
import io.github.tongban.core.model.OnlineLevel;
import io.github.tongban.core.model.Region;
import io.github.tongban.core.model.RegionLevel;
import io.github.tongban.core.model.RegionTree;
import io.github.tongban.core.model.ServiceItem;
import io.github.tongban.rules.internal.AcceptancePolicy;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * From the acceptance policy's verdicts to what the applicant is told: the outcome and mode, why,
 * the deciding territorial authority, and the nearest points that would accept instead.
 */
final class Acceptances {
  private Acceptances() {}

  /** The acceptance the policy's verdicts lead to, with the deciding authority and the alternatives. */
  static Acceptance of(Catalogue catalogue, ServiceItem item, Map<String, Value> facts, Optional<Region> point,
      List<AcceptancePolicy.Verdict> verdicts) {
    RegionTree tree = catalogue.regions();
    // the session returns facts in no fixed order: choose deterministically, the household before the residence
    Comparator<AcceptancePolicy.Verdict> preference = Comparator
        .comparing((AcceptancePolicy.Verdict v) -> v.mode().map(Enum::ordinal).orElse(Integer.MAX_VALUE))
        .thenComparing(v -> v.home().map(h -> h.equals(AcceptancePolicy.HOUSEHOLD) ? 0 : 1).orElse(2))
        .thenComparing(v -> v.why().ordinal());
    AcceptancePolicy.Verdict verdict = verdicts.stream().filter(v -> v.outcome() == AcceptancePolicy.Outcome.ACCEPTED).min(preference)
        .or(() -> verdicts.stream().filter(v -> v.outcome() == AcceptancePolicy.Outcome.REFUSED).min(preference))
        .or(() -> verdicts.stream().filter(v -> v.outcome() == AcceptancePolicy.Outcome.UNDETERMINED).min(preference))
        .orElse(new AcceptancePolicy.Verdict(AcceptancePolicy.Outcome.UNDETERMINED, Optional.empty(), AcceptancePolicy.Why.HOME_UNKNOWN, Optional.empty()));
    // the territorial authority (属地) follows the household registration in the city, or the residence where it counts
    Optional<String> household = text(facts.get(AcceptancePolicy.HOUSEHOLD));
    Optional<String> residence = AcceptancePolicy.residenceCounts(item) ? text(facts.get(AcceptancePolicy.RESIDENCE)) : Optional.empty();
    Optional<String> home = household.filter(tree::inCity).or(() -> residence.filter(tree::inCity));

    LocalizedText explanation = switch (verdict.why()) {
      case ONLINE_FULL -> Texts.of("acceptance.online-full");
      case NOT_FULLY_ONLINE -> Texts.of("acceptance.not-fully-online");
      case LEVEL -> Texts.of("acceptance.level");
      case IN_SCOPE -> Texts.of("acceptance.in-scope." + verdict.mode().orElseThrow().name().toLowerCase(java.util.Locale.ROOT));
      case OUT_OF_SCOPE -> Texts.of("acceptance.out-of-scope", Texts.of("scope." + item.scope().name()));
      case OUTSIDE_CITY -> Texts.of("acceptance.outside-city", household.orElse(""));
      case HOME_UNKNOWN -> Texts.of("acceptance.home-unknown");
      case RESIDENCE_UNKNOWN -> Texts.of("acceptance.residence-unknown");
    };
    List<ServicePointRef> alternatives = verdict.outcome() == AcceptancePolicy.Outcome.ACCEPTED || home.isEmpty() ? List.of()
        : alternatives(tree, item, home.get(), point.map(Region::code).orElse(home.get()));
    boolean outside = verdict.why() == AcceptancePolicy.Why.OUTSIDE_CITY;
    return new Acceptance(outcome(verdict.outcome()), verdict.mode().map(Acceptances::mode), point.map(ServicePointRef::of),
        home.flatMap(h -> authority(tree, item, h)), item.delivery(), alternatives,
        !outside && item.onlineLevel() == OnlineLevel.FULL && point.isPresent(), explanation);
  }

  private static Acceptance.Outcome outcome(AcceptancePolicy.Outcome o) {
    return switch (o) {
      case ACCEPTED -> Acceptance.Outcome.ACCEPTED;
      case REFUSED -> Acceptance.Outcome.REFUSED;
      case UNDETERMINED -> Acceptance.Outcome.UNDETERMINED;
    };
  }

  private static Acceptance.Mode mode(AcceptancePolicy.Mode m) {
    return switch (m) {
      case LOCAL -> Acceptance.Mode.LOCAL;
      case ONLINE -> Acceptance.Mode.ONLINE;
      case PROXY -> Acceptance.Mode.PROXY;
      case JOINT -> Acceptance.Mode.JOINT;
    };
  }

  private static Optional<String> text(Value v) {
    return v instanceof Value.Text t ? Optional.of(t.value()) : Optional.empty();
  }

  /** The authority that decides for an applicant at home in {@code home}: the one of their territory. */
  static Optional<String> authority(RegionTree tree, ServiceItem item, String home) {
    return tree.ancestorAt(home, item.authority().level()).map(region -> {
      LocalInfo local = item.local().get(region.code());
      return local != null && local.authorityName().isPresent() ? local.authorityName().get() : region.name() + item.authority().name();
    });
  }

  /**
   * The three nearest service points (by distance in the region tree) that may accept the item for
   * this applicant: those {@link AcceptancePolicy#mode} accepts at, nearest to {@code from} first,
   * those as near by code. Only where they can be is looked at: the applicant's county (or township)
   * when the scope or the item's modes keep the application there, the applicant's own regions for
   * a local item, and outwards from {@code from} only as far as the third one.
   */
  static List<ServicePointRef> alternatives(RegionTree tree, ServiceItem item, String home, String from) {
    Optional<Region> located = tree.locate(home);
    if (located.isEmpty()) {
      return List.of();
    }
    String at = located.get().code();
    Region county = tree.ancestorAt(at, RegionLevel.COUNTY).orElse(null);
    Region township = tree.ancestorAt(at, RegionLevel.TOWNSHIP).orElse(null);
    boolean crossRegion = item.modes().contains(HandlingMode.PROXY) || item.modes().contains(HandlingMode.JOINT)
        || item.modes().contains(HandlingMode.ONLINE);
    // every point accepts in the applicant's county (属地受理) what its scope covers; beyond it, only a city-wide item with a cross-region mode
    if (county == null && !(item.scope() == AcceptanceScope.CITY && crossRegion)) {
      return List.of();
    }
    Predicate<Region> sameCounty = r -> county != null && tree.ancestorAt(r.code(), RegionLevel.COUNTY).orElse(null) == county;
    Predicate<Region> exercised = r -> item.levels().contains(r.level());
    List<Region> found = switch (item.scope()) {
      case CITY -> crossRegion ? tree.nearest(from, Optional.empty(), exercised, LIMIT)
          : tree.nearest(from, Optional.of(county.code()), exercised.and(sameCounty), LIMIT);
      case COUNTY -> tree.nearest(from, Optional.of(county.code()), exercised.and(sameCounty), LIMIT);
      case TOWNSHIP -> township == null ? List.of()
          : tree.nearest(from, Optional.of(township.code()), exercised.and(sameCounty)
              .and(r -> tree.ancestorAt(r.code(), RegionLevel.TOWNSHIP).orElse(null) == township), LIMIT);
      // the point must be the applicant's own township or village: one of the regions home lies in
      case LOCAL -> tree.pathToRoot(at).stream()
          .filter(r -> r.level() == RegionLevel.TOWNSHIP || r.level() == RegionLevel.VILLAGE)
          .filter(exercised.and(sameCounty))
          .sorted(Comparator.comparingInt((Region r) -> tree.distance(from, r.code())).thenComparing(Region::code))
          .limit(LIMIT)
          .toList();
    };
    assert found.equals(walkingEveryRegion(tree, item, home, from)) : "alternatives differ from the walk over every region";
    return found.stream().map(ServicePointRef::of).toList();
  }

  private static final int LIMIT = 3;

  /** The alternatives by walking every region of the tree: what {@link #alternatives} must find, faster. */
  static List<Region> walkingEveryRegion(RegionTree tree, ServiceItem item, String home, String from) {
    return tree.regions().stream()
        .filter(r -> AcceptancePolicy.mode(tree, item, r, home).isPresent())
        .sorted(Comparator.comparingInt((Region r) -> distance(tree, from, r.code())).thenComparing(Region::code))
        .limit(LIMIT)
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

}
