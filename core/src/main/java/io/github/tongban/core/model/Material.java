package io.github.tongban.core.model;

import io.github.tongban.core.condition.Condition;
import java.util.Objects;
import java.util.Optional;

/**
 * An application material (申请材料).
 *
 * @param id the id scenarios use to list it, unique within the item
 * @param name its name, e.g. 居民身份证
 * @param form original, copy or electronic
 * @param copies how many copies (at least 1)
 * @param requiredWhen when present, the material is required only when this holds
 * @param source who supplies it
 * @param essential whether the application cannot be accepted without it (never deferrable)
 * @param deferrable whether it may be supplied later on a written commitment (容缺)
 * @param notes anything else the applicant should know
 * @param basis the id of the item's legal basis for asking for it (要求提供材料的依据)
 * @param acceptStandard what the window checks it against (受理标准)
 * @param paper the paper it is handed in on (纸质规格)
 * @param creditDeferrable whether an applicant of good credit may supply it later on a written
 *     commitment (信用后补, 告知承诺); never for an essential material
 */
public record Material(
    String id,
    String name,
    MaterialForm form,
    int copies,
    Optional<Condition> requiredWhen,
    MaterialSource source,
    boolean essential,
    boolean deferrable,
    Optional<String> notes,
    Optional<String> basis,
    Optional<String> acceptStandard,
    Optional<Paper> paper,
    boolean creditDeferrable) {
  public Material {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(form, "form");
    Objects.requireNonNull(requiredWhen, "requiredWhen");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(notes, "notes");
    Objects.requireNonNull(basis, "basis");
    Objects.requireNonNull(acceptStandard, "acceptStandard");
    Objects.requireNonNull(paper, "paper");
    if (copies < 1) {
      throw new IllegalArgumentException("material %s needs at least 1 copy, was %d".formatted(id, copies));
    }
    if (essential && (deferrable || creditDeferrable)) {
      throw new IllegalArgumentException("material %s is essential and cannot be deferrable".formatted(id));
    }
  }

}
