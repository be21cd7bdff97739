package io.github.tongban.present;

import io.github.tongban.core.model.Catalogue;
import io.github.tongban.core.model.LegalBasis;
import io.github.tongban.core.model.ServiceItem;
import io.github.tongban.rules.Decision;
import io.github.tongban.rules.MaterialDecision;
import io.github.tongban.rules.Reason;
import io.github.tongban.rules.ScenarioRef;
import io.github.tongban.rules.ServicePointRef;
import io.github.tongban.rules.SpecialProcedureTime;
import java.util.List;
import java.util.Optional;

/**
 * The words for the parts of one decision in one language, from the bundle {@code notice}: the
 * names of its values (never an enum constant), its conditions, its service points. Shared by the
 * terminal text and the notices so both say the same thing.
 */
final class DecisionWords {
  static final Texts TEXTS = Texts.of("notice");

  private final ServiceItem item;
  private final Language language;

  DecisionWords(Catalogue catalogue, Decision decision, Language language) {
    this.language = language;
    this.item = catalogue.versions(decision.item()).stream().filter(v -> v.version().equals(decision.itemVersion())).findFirst()
        .or(() -> catalogue.item(decision.item()))
        .orElseThrow(() -> new IllegalArgumentException("the catalogue has no item " + decision.item() + " for this decision"));
  }

  /** The text under {@code key}, with {@code args} filled in. */
  String t(String key, Object... args) {
    return TEXTS.get(language, key, args);
  }

  /** The name of an enum value: the bundle key is its type's simple name in lower case, a dot, and its constant. */
  String label(String type, Enum<?> value) {
    return t(type + "." + value.name());
  }

  Language language() {
    return language;
  }

  ServiceItem item() {
    return item;
  }

  /** The items joined as a list is written: 、 in Chinese, a comma in English. */
  String join(List<String> parts) {
    return String.join(t("list.separator"), parts);
  }

  /** A reason with the values it applied. */
  String reason(Reason r) {
    return r.text().in(language.locale());
  }

  /** A service point: its name and region code, or online. */
  String point(Optional<ServicePointRef> point) {
    return point.map(p -> t("point.named", p.name(), p.region())).orElseGet(() -> t("point.online"));
  }

  /** A scenario's name with the condition under which it applies, when that is still open. */
  String scenario(ScenarioRef s) {
    return s.name() + scenarioCondition(s).map(c -> language.pick("(" + c + ")", " (" + c + ")")).orElse("");
  }

  /** The open condition under which a scenario applies, as the engine words it, e.g. 如委托他人代办:是 / if 委托他人代办: yes. */
  Optional<String> scenarioCondition(ScenarioRef s) {
    return s.condition().map(c -> c.in(language.locale()));
  }

  /**
   * A special procedure's name: the catalogue's own, or the name of its kind in {@code language}
   * (the engine gives the Chinese one).
   */
  String procedure(SpecialProcedureTime p) {
    return p.name().equals(p.kind().label()) ? Labels.of(p.kind(), language) : p.name();
  }

  /** The legal basis a special procedure cites, as {@code key} words it; empty text when it cites none. */
  String basis(String key, Optional<LegalBasis> basis) {
    return basis.map(b -> t(key, b.citation())).orElse("");
  }

  /**
   * How a material may follow later, or must be brought, in the words of {@code prefix}
   * ({@code text.material} or {@code notice.material}): 容缺后补 or 信用后补 with its last day (or
   * without one, when not {@code dated}), and the still-open exclusion it depends on; or that the
   * exclusion takes its deferral away.
   */
  Optional<String> deferral(String prefix, MaterialDecision m, boolean dated) {
    if (m.status() == MaterialDecision.Status.DEFERRABLE) {
      String kind = prefix + "." + m.deferral().orElseThrow().name();
      String how = dated ? t(kind, m.deferUntil().orElseThrow().toString()) : t(kind + ".undated");
      return Optional.of(how + m.deferralCondition().map(c -> t(prefix + ".unless", c.in(language.locale()))).orElse(""));
    }
    return m.deferralExcluded() ? Optional.of(t(prefix + ".excluded")) : Optional.empty();
  }

  /**
   * The open condition under which a material is needed, as the engine words it: the open
   * scenarios that list it (unless one that applies lists it), and its own requirement when that
   * is open too.
   */
  Optional<String> materialCondition(MaterialDecision m) {
    return m.condition().map(c -> c.in(language.locale()));
  }
}
