package io.github.tongban.rules;

import io.github.tongban.core.LocalizedText;
import io.github.tongban.core.model.DeliveryMethod;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Whether the place where the application is handed in may accept it, how, who decides, and
 * where else the applicant could go.
 *
 * @param outcome accepted, refused, or not yet known
 * @param mode how it is handled when accepted
 * @param point the service point where it is handed in; empty online
 * @param authority the authority that decides: the applicant's territorial authority (属地)
 * @param delivery how the result comes back
 * @param alternatives when refused or not yet known, the nearest service points that may accept it
 * @param onlineAlternative whether the applicant could apply fully online instead
 * @param explanation why, in zh-CN and en
 */
public record Acceptance(
    Outcome outcome, Optional<Mode> mode, Optional<ServicePointRef> point, Optional<String> authority,
    List<DeliveryMethod> delivery, List<ServicePointRef> alternatives, boolean onlineAlternative, LocalizedText explanation) {
  public Acceptance {
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(mode, "mode");
    Objects.requireNonNull(point, "point");
    Objects.requireNonNull(authority, "authority");
    Objects.requireNonNull(explanation, "explanation");
    delivery = List.copyOf(delivery);
    alternatives = List.copyOf(alternatives);
    if ((outcome == Outcome.ACCEPTED) != mode.isPresent()) {
      throw new IllegalArgumentException("an accepted application has a mode, and only it");
    }
  }

  /** Whether it may be accepted here. */
  public enum Outcome {
    /** This point (or the online channel) may accept it. */
    ACCEPTED("可受理"),
    /** It may not: see the alternatives. */
    REFUSED("不可受理"),
    /** Where the applicant is registered is not known yet. */
    UNDETERMINED("待确定");

    private final String label;

    Outcome(String label) {
      this.label = label;
    }

    /** The Chinese name. */
    public String label() {
      return label;
    }
  }

  /** How an accepted application is handled. */
  public enum Mode {
    /** At a point of the applicant's own county-level division (属地受理). */
    LOCAL("属地受理"),
    /** Fully online: the territorial authority handles it remotely (全程网办). */
    ONLINE("全程网办"),
    /** A remote window checks identity and form and forwards it (异地代收代办). */
    PROXY("异地代收代办"),
    /** Several places each do part, sharing materials (多地联办). */
    JOINT("多地联办");

    private final String label;

    Mode(String label) {
      this.label = label;
    }

    /** The Chinese name. */
    public String label() {
      return label;
    }
  }
}
