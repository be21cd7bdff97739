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
 * @param essential whether the application cannot be accepted without it
 * @param conditional whether it is required only if a condition that is still open holds
 * @param condition that condition in words, when conditional (e.g. 如家属代为申请)
 * @param notes the catalogue's notes on it
 */
public record MaterialDecision(
    String id, String name, MaterialForm form, int copies, Status status, Optional<String> exemptSource,
    Optional<LocalDate> deferUntil, boolean essential, boolean conditional, Optional<LocalizedText> condition,
    Optional<String> notes) {
  public MaterialDecision {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(form, "form");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(exemptSource, "exemptSource");
    Objects.requireNonNull(deferUntil, "deferUntil");
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
    if (essential && status == Status.DEFERRABLE) {
      throw new IllegalArgumentException("material %s is essential and cannot be deferred".formatted(id));
    }
  }

  /** What the applicant must do about a material. */
  public enum Status {
    /** Bring it (须提交). */
    REQUIRED("须提交"),
    /** Shared data or an e-licence supplies it: the applicant is not asked for it (免提交). */
    EXEMPT("免提交"),
    /** May be supplied later on a written commitment (容缺后补). */
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
