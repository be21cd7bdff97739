package io.github.tongban.rules;

import java.util.List;
import java.util.Objects;

/**
 * Why the materials of a decision may not follow later, or may only conditionally: the item's
 * deferral exclusion ({@code deferralExcludedWhen}, e.g. 严重失信主体) holds for the applicant, so
 * no material is deferred (容缺后补 and 信用后补 alike); or it is still open, so every deferral
 * holds only unless it turns out to hold. A decision carries one only when some material it lists
 * could otherwise be deferred.
 *
 * @param applies true when the exclusion holds; false when it is still open
 * @param condition the exclusion as one condition: its wording (the catalogue's text, or words from
 *     the fact dictionary), its legal basis, the facts it tests and the values it applied; of kind
 *     {@link Reason.Kind#MET} when it holds, {@link Reason.Kind#UNKNOWN} when it is open
 * @param materials the ids of the materials whose deferral it takes away (or may take away), in
 *     the item's order
 */
public record DeferralExclusion(boolean applies, Reason condition, List<String> materials) {
  public DeferralExclusion {
    Objects.requireNonNull(condition, "condition");
    materials = List.copyOf(materials);
    if (condition.kind() != (applies ? Reason.Kind.MET : Reason.Kind.UNKNOWN)) {
      throw new IllegalArgumentException("an exclusion that %s is stated as a condition of kind %s, not %s"
          .formatted(applies ? "holds" : "is open", applies ? Reason.Kind.MET : Reason.Kind.UNKNOWN, condition.kind()));
    }
    if (materials.isEmpty()) {
      throw new IllegalArgumentException("a deferral exclusion takes away the deferral of at least one material");
    }
  }
}
