package io.github.tongban.rules;

import io.github.tongban.core.LocalizedText;
import io.github.tongban.core.model.MaterialForm;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A material the applicant's scenario requires, and what the applicant must do about it.
 *
 * @param id the material's id in the item
 * @param name its name
 * @param form original, copy or electronic
 * @param copies how many copies
 * @param status bring it, exempt from it, or may bring it later
 * @param exemptSource the shared-data or e-licence source that supplies it, when exempt
 * @param deferUntil the last day to supply it, when deferrable (never after the promised due date)
 * @param deferral how it may follow later, when deferrable: 容缺后补, or 信用后补 (告知承诺); either
 *     on the applicant's written commitment
 * @param deferralCondition when deferrable only unless the item's deferral exclusion holds, and
 *     that is still open: the exclusion in words, e.g. 除非严重失信主体:是 / unless 严重失信主体: yes
 *     (see {@link Decision#deferralExclusion()})
 * @param deferralExcluded whether it would be deferrable but the applicant is excluded from
 *     deferral (e.g. as seriously dishonest), so must bring it
 * @param essential whether the application cannot be accepted without it
 * @param conditional whether it is required only if a condition that is still open holds
 * @param condition that condition in words, when conditional (e.g. 如家属代为申请)
 * @param notes the catalogue's notes on it
 */
public record MaterialDecision(
    String id, String name, MaterialForm form, int copies, Status status, Optional<String> exemptSource,
    Optional<LocalDate> deferUntil, Optional<Deferral> deferral, Optional<LocalizedText> deferralCondition, boolean deferralExcluded,
    boolean essential, boolean conditional, Optional<LocalizedText> condition, Optional<String> notes) {
  public MaterialDecision {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(form, "form");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(exemptSource, "exemptSource");
    Objects.requireNonNull(deferUntil, "deferUntil");
    Objects.requireNonNull(deferral, "deferral");
    Objects.requireNonNull(deferralCondition, "deferralCondition");
    Objects.requireNonNull(condition, "condition");
    Objects.requireNonNull(notes, "notes");
    if (conditional != condition.isPresent()) {
      throw new IllegalArgumentException("material %s: a conditional material states its condition, and only it".formatted(id));
    }
    if ((status == Status.EXEMPT) != exemptSource.isPresent()) {
      throw new IllegalArgumentException("material %s: an exempt material names its source, and only it".formatted(id));
    }
    if ((status == Status.DEFERRABLE) != deferUntil.isPresent()) {
      throw new IllegalArgumentException("material %s: a deferrable material has a date to supply it by, and only it".formatted(id));
    }
    if ((status == Status.DEFERRABLE) != deferral.isPresent()) {
      throw new IllegalArgumentException("material %s: a deferrable material says how it may follow later, and only it".formatted(id));
    }
    if (deferralCondition.isPresent() && status != Status.DEFERRABLE) {
      throw new IllegalArgumentException("material %s: only a deferrable material has a deferral condition".formatted(id));
    }
    if (deferralExcluded && status != Status.REQUIRED) {
      throw new IllegalArgumentException("material %s: a material excluded from deferral is required".formatted(id));
    }
    if (essential && status == Status.DEFERRABLE) {
      throw new IllegalArgumentException("material %s is essential and cannot be deferred".formatted(id));
    }
  }

  /** Whether a deferrable material may follow later conditionally: the exclusion is still open. */
  public boolean deferralConditional() {
    return deferralCondition.isPresent();
  }

  /** How a deferrable material may follow later, on the applicant's written commitment. */
  public enum Deferral {
    /** 容缺后补: accepted with it missing, supplied later (容缺受理). */
    CONDITIONAL_ACCEPTANCE("容缺后补"),
    /** 信用后补 (告知承诺): an applicant of good credit supplies it later. */
    CREDIT_COMMITMENT("信用后补");

    private final String label;

    Deferral(String label) {
      this.label = label;
    }

    /** The Chinese name. */
    public String label() {
      return label;
    }
  }

  /** What the applicant must do about a material. */
  public enum Status {
    /** Bring it (须提交). */
    REQUIRED("须提交"),
    /** Shared data or an e-licence supplies it: the applicant is not asked for it (免提交). */
    EXEMPT("免提交"),
    /** May be supplied later on a written commitment (容缺后补, 信用后补). */
    DEFERRABLE("可容缺");

    private final String label;

    Status(String label) {
      this.label = label;
    }

    /** The Chinese name. */
    public String label() {
      return label;
    }
  }
}
