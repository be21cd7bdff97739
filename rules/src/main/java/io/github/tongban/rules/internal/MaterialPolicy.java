package io.github.tongban.rules.internal;

import io.github.tongban.core.internal.logic.Tri;
import io.github.tongban.core.model.Material;
import java.util.List;
import org.drools.model.Rule;
import org.drools.model.Variable;
import org.drools.modelcompiler.dsl.pattern.D;

/**
 * The fixed policy on materials, the same for every item. Read top to bottom.
 *
 * <p>Source: the city's field report on 市域通办 (see shared/domain/BRIEF.md): "凡是可以通过网络进行
 * 共享复用的材料和核验的信息,不得要求群众重复提供" (material that data sharing can supply must not be
 * demanded again), and 容缺受理 (a non-essential material may be supplied later on a written
 * commitment, never later than the promised deadline; applicants with bad credit are excluded
 * where the item says so). 信用后补 / 告知承诺 (a material an applicant of good credit may supply
 * later on a written commitment) is a deferral too, and the same exclusion takes it away.
 */
public final class MaterialPolicy {
  /**
   * A material an applying scenario lists: {@code conditional} while the scenario or the
   * material's {@code requiredWhen} is still open.
   */
  public record Need(Material material, boolean conditional) {}

  /**
   * Whether the applicant is excluded from deferral by the item's {@code deferralExcludedWhen}:
   * true, false (also when the item has no exclusion), or still open. One per decision.
   */
  public record Exclusion(Tri truth) {}

  /** What the applicant must do about a material. */
  public enum Treatment {
    /** Bring it. */
    REQUIRED,
    /** Shared data or an e-licence supplies it. */
    EXEMPT,
    /** It may follow later (容缺后补, 信用后补). */
    DEFERRABLE,
    /** It may follow later unless the exclusion, still open, turns out to hold. */
    DEFERRABLE_UNLESS_EXCLUDED,
    /** It could follow later, but the applicant is excluded from deferral: bring it. */
    DEFERRAL_EXCLUDED
  }

  /** The policy's verdict on one needed material. */
  public record Verdict(Need need, Treatment treatment) {}

  private MaterialPolicy() {}

  static List<Rule> rules(String pkg) {
    Variable<Need> a = D.declarationOf(Need.class);
    Variable<Need> b = D.declarationOf(Need.class);
    Variable<Need> c = D.declarationOf(Need.class);
    Variable<Need> d = D.declarationOf(Need.class);
    Variable<Need> e = D.declarationOf(Need.class);
    Variable<Exclusion> notExcluded = D.declarationOf(Exclusion.class);
    Variable<Exclusion> maybeExcluded = D.declarationOf(Exclusion.class);
    Variable<Exclusion> excluded = D.declarationOf(Exclusion.class);
    return List.of(
        // 1. 数据共享 / 电子证照: the state already holds it, so the applicant is not asked for it.
        D.rule(pkg, "policy.material.exempt-shared-data").build(
            D.pattern(a).expr("need.exempt", n -> n.material().source().exempts()),
            D.on(a).execute((drools, n) -> drools.insert(new Verdict(n, Treatment.EXEMPT)))),
        // 2. 容缺受理 / 信用后补: a non-essential, deferrable material may follow later ...
        D.rule(pkg, "policy.material.deferrable").build(
            D.pattern(b).expr("need.deferrable", MaterialPolicy::deferrable),
            D.pattern(notExcluded).expr("exclusion.false", x -> x.truth() == Tri.FALSE),
            D.on(b).execute((drools, n) -> drools.insert(new Verdict(n, Treatment.DEFERRABLE)))),
        // 3. ... unless the applicant is excluded (e.g. 严重失信主体): while that is open, only conditionally ...
        D.rule(pkg, "policy.material.deferrable-unless-excluded").build(
            D.pattern(c).expr("need.deferrable", MaterialPolicy::deferrable),
            D.pattern(maybeExcluded).expr("exclusion.open", x -> x.truth() == Tri.OPEN),
            D.on(c).execute((drools, n) -> drools.insert(new Verdict(n, Treatment.DEFERRABLE_UNLESS_EXCLUDED)))),
        // 4. ... and once it holds, not at all: the applicant brings it.
        D.rule(pkg, "policy.material.deferral-excluded").build(
            D.pattern(d).expr("need.deferrable", MaterialPolicy::deferrable),
            D.pattern(excluded).expr("exclusion.true", x -> x.truth() == Tri.TRUE),
            D.on(d).execute((drools, n) -> drools.insert(new Verdict(n, Treatment.DEFERRAL_EXCLUDED)))),
        // 5. Everything else the applicant brings.
        D.rule(pkg, "policy.material.required").build(
            D.pattern(e).expr("need.required", n -> !n.material().source().exempts() && !deferrable(n)),
            D.on(e).execute((drools, n) -> drools.insert(new Verdict(n, Treatment.REQUIRED)))));
  }

  /**
   * Deferrable by nature: brought by the applicant, marked deferrable (容缺) or credit-deferrable
   * (信用后补), and not essential (an essential material never is).
   */
  static boolean deferrable(Need n) {
    Material m = n.material();
    return !m.source().exempts() && (m.deferrable() || m.creditDeferrable()) && !m.essential();
  }
}
