package io.github.tongban.present;

import io.github.tongban.core.model.Catalogue;
import io.github.tongban.core.model.Scenario;
import io.github.tongban.core.model.ServiceItem;
import io.github.tongban.rules.Decision;
import io.github.tongban.rules.MaterialDecision;
import io.github.tongban.rules.Reason;
import io.github.tongban.rules.ScenarioRef;
import io.github.tongban.rules.ServicePointRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The words for the parts of one decision in one language, from the bundle {@code notice}: the
 * names of its values (never an enum constant), its conditions, its service points. Shared by the
 * terminal text and the notices so both say the same thing.
 */
final class DecisionWords {
  static final Texts TEXTS = Texts.of("notice");

  private final Catalogue catalogue;
  private final Decision decision;
  private final ServiceItem item;
  private final Language language;

  DecisionWords(Catalogue catalogue, Decision decision, Language language) {
    this.catalogue = catalogue;
    this.decision = decision;
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

  /**
   * The open condition under which a scenario applies, e.g. 如委托他人代办:是 or {@code if
   * 委托他人代办: yes}. The engine words conditions the catalogue leaves untexted in Chinese
   * only, so English words them again from the catalogue.
   */
  Optional<String> scenarioCondition(ScenarioRef s) {
    if (s.condition().isEmpty() || language == Language.ZH) {
      return s.condition().map(c -> c.in(language.locale()));
    }
    return Optional.of(item.scenario(s.id()).flatMap(Scenario::when).map(w -> t("condition.if", Wording.of(catalogue, w, language)))
        .orElse(s.condition().get().en()));
  }

  /**
   * The open condition under which a material is needed: the open scenarios that list it (unless
   * one that applies lists it), and its own requirement when that is open too, as the engine
   * words it in Chinese; English words the same parts again from the catalogue.
   */
  Optional<String> materialCondition(MaterialDecision m) {
    if (m.condition().isEmpty() || language == Language.ZH) {
      return m.condition().map(c -> c.in(language.locale()));
    }
    String zh = m.condition().get().zh();
    Set<String> listing = item.scenarios().stream().filter(s -> s.materials().contains(m.id())).map(Scenario::id).collect(Collectors.toSet());
    List<String> parts = new ArrayList<>();
    String viaZh = null;
    if (decision.scenarios().stream().noneMatch(s -> !s.conditional() && listing.contains(s.id()))) {
      List<ScenarioRef> open = decision.scenarios().stream().filter(s -> s.conditional() && listing.contains(s.id())).toList();
      List<String> words = new ArrayList<>();
      for (ScenarioRef s : open) {
        words.add(item.scenario(s.id()).flatMap(Scenario::when).map(w -> Wording.of(catalogue, w, language)).orElse(""));
      }
      parts.add(String.join(t("condition.or"), words));
      // the engine's Chinese form of this part (如 A或B): when the whole condition is just that, the material's own requirement is settled
      viaZh = "如" + String.join("或", open.stream().map(s -> s.condition().orElseThrow().zh().substring(1)).toList());
    }
    boolean ownOpen = viaZh == null || !zh.equals(viaZh);
    item.material(m.id()).flatMap(x -> x.requiredWhen()).filter(w -> ownOpen).ifPresent(w -> parts.add(Wording.of(catalogue, w, language)));
    if (parts.isEmpty() || parts.contains("")) {
      return Optional.of(m.condition().get().en());
    }
    return Optional.of(t("condition.if", String.join(t("condition.and"), parts)));
  }
}
