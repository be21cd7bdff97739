package io.github.tongban.rules.internal;

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
 * commitment, never later than the promised deadline).
 */
public final class MaterialPolicy {
  /**
   * A material an applying scenario lists: {@code conditional} while the scenario or the
   * material's {@code requiredWhen} is still open.
   */
  public record Need(Material material, boolean conditional) {}

  /** What the applicant must do about a material. */
  public enum Treatment {
    /** Bring it. */
    REQUIRED,
    /** Shared data or an e-licence supplies it. */
    EXEMPT,
    /** It may follow later (容缺). */
    DEFERRABLE
  }

  /** The policy's verdict on one needed material. */
  public record Verdict(Need need, Treatment treatment) {}

  private MaterialPolicy() {}

  static List<Rule> rules(String pkg) {
    Variable<Need> a = D.declarationOf(Need.class);
    Variable<Need> b = D.declarationOf(Need.class);
    Variable<Need> c = D.declarationOf(Need.class);
    return List.of(
        // 1. 数据共享 / 电子证照: the state already holds it, so the applicant is not asked for it.
        D.rule(pkg, "policy.material.exempt-shared-data").build(
            D.pattern(a).expr("need.exempt", n -> n.material().source().exempts()),
            D.on(a).execute((drools, n) -> drools.insert(new Verdict(n, Treatment.EXEMPT)))),
        // 2. 容缺受理: a non-essential, deferrable material may follow later.
        D.rule(pkg, "policy.material.deferrable").build(
            D.pattern(b).expr("need.deferrable", MaterialPolicy::deferrable),
            D.on(b).execute((drools, n) -> drools.insert(new Verdict(n, Treatment.DEFERRABLE)))),
        // 3. Everything else the applicant brings.
        D.rule(pkg, "policy.material.required").build(
            D.pattern(c).expr("need.required", n -> !n.material().source().exempts() && !deferrable(n)),
            D.on(c).execute((drools, n) -> drools.insert(new Verdict(n, Treatment.REQUIRED)))));
  }

  /** Deferrable: brought by the applicant, marked deferrable, and not essential (an essential material never is). */
  static boolean deferrable(Need n) {
    Material m = n.material();
    return !m.source().exempts() && m.deferrable() && !m.essential();
  }
}
