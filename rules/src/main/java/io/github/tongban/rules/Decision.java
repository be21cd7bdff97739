package io.github.tongban.rules;

import io.github.tongban.core.model.Fee;
import io.github.tongban.core.model.OnlineLevel;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything a window must tell an applicant about one application, decided the same way at
 * every service point: eligibility with reasons, the next questions, the scenario, the exact
 * materials, acceptance, and the dates. Immutable.
 *
 * @param catalogueVersion the version of the catalogue the decision was made on
 * @param item the item code
 * @param itemName the item's name
 * @param itemVersion the version of the item in force on the application date
 * @param status eligible, ineligible, or more information needed
 * @param reasons every condition that fails or is unknown
 * @param nextQuestions exactly the unknown facts whose answer can change the status, in the order
 *     the item's conditions first read them (empty once the status is settled)
 * @param followUpQuestions the unknown facts that cannot change the status but would settle what
 *     is still conditional: a scenario, a material, or where the application may be accepted
 * @param scenarios the handling scenarios that apply, or may apply (conditional)
 * @param materials the materials those scenarios require, with exemptions and deferrals
 * @param deferralExclusion why no material may be deferred, or only conditionally: the item's
 *     deferral exclusion (e.g. 严重失信主体) when it holds or is still open and some material listed
 *     could otherwise be deferred; empty otherwise
 * @param acceptance whether and how the place of application may accept it
 * @param timing the time limits and due dates
 * @param fee the fee
 * @param trips the in-person trips needed
 * @param onlineLevel how far the item can be handled online
 * @param trace the names of the rules that fired: the comparisons in the order of the item's conditions, then the policy rules by name
 */
public record Decision(
    String catalogueVersion, String item, String itemName, String itemVersion, Status status,
    List<Reason> reasons, List<Question> nextQuestions, List<Question> followUpQuestions, List<ScenarioRef> scenarios, List<MaterialDecision> materials,
    Optional<DeferralExclusion> deferralExclusion, Acceptance acceptance, Timing timing, Fee fee, int trips, OnlineLevel onlineLevel, List<String> trace) {
  public Decision {
    Objects.requireNonNull(catalogueVersion, "catalogueVersion");
    Objects.requireNonNull(item, "item");
    Objects.requireNonNull(itemName, "itemName");
    Objects.requireNonNull(itemVersion, "itemVersion");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(deferralExclusion, "deferralExclusion");
    Objects.requireNonNull(acceptance, "acceptance");
    Objects.requireNonNull(timing, "timing");
    Objects.requireNonNull(fee, "fee");
    Objects.requireNonNull(onlineLevel, "onlineLevel");
    reasons = List.copyOf(reasons);
    nextQuestions = List.copyOf(nextQuestions);
    followUpQuestions = List.copyOf(followUpQuestions);
    scenarios = List.copyOf(scenarios);
    materials = List.copyOf(materials);
    trace = List.copyOf(trace);
  }

  /** The materials the applicant must bring now: required ones, not exempt or deferrable. */
  public List<MaterialDecision> materialsToBring() {
    return materials.stream().filter(m -> m.status() == MaterialDecision.Status.REQUIRED).toList();
  }
}
