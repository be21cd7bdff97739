package io.github.tongban.core.wording;

import io.github.tongban.core.LocalizedText;
import io.github.tongban.core.condition.Condition;
import io.github.tongban.core.condition.Operand;
import io.github.tongban.core.condition.Operator;
import io.github.tongban.core.condition.Value;
import io.github.tongban.core.model.Catalogue;
import io.github.tongban.core.model.FactDefinition;
import io.github.tongban.core.model.Parameter;
import io.github.tongban.core.model.Region;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.function.Function;

/**
 * The one wording of conditions, in Chinese and English: a condition's own text as the catalogue
 * writes it (catalogue content, the same in both languages), or words made from the fact
 * dictionary (labels), the parameters (labels), the region tree (names) and the operators, e.g.
 * {@code 委托他人代办:是} / {@code 委托他人代办: yes}, {@code 年龄 大于等于 老年人高龄津贴起领年龄} /
 * {@code 年龄 is at least 老年人高龄津贴起领年龄} (see docs/decisions.md, "Reasons").
 */
public final class ConditionWording {
  private static final String BUNDLE = "io.github.tongban.core.wording.conditions";
  private static final ResourceBundle EN = ResourceBundle.getBundle(BUNDLE, Locale.ROOT);
  private static final ResourceBundle ZH = ResourceBundle.getBundle(BUNDLE, Locale.SIMPLIFIED_CHINESE);

  private final Catalogue catalogue;

  private ConditionWording(Catalogue catalogue) {
    this.catalogue = catalogue;
  }

  /** The wording of the conditions of {@code catalogue}, with its facts, parameters and regions. */
  public static ConditionWording of(Catalogue catalogue) {
    return new ConditionWording(Objects.requireNonNull(catalogue, "catalogue"));
  }

  /**
   * A condition in words: its own text, or words made from its parts; a {@code not} is {@code
   * 不满足:…} / {@code not: …}, an {@code all} or {@code any} without a text joins its parts.
   */
  public LocalizedText words(Condition c) {
    if (c.text().isPresent()) {
      return new LocalizedText(c.text().get(), c.text().get());
    }
    if (c instanceof Condition.Compare cmp) {
      return compare(cmp);
    }
    if (c instanceof Condition.Known k) {
      return text("known", label(k.fact()));
    }
    if (c instanceof Condition.Not n) {
      return not(words(n.child()));
    }
    List<Condition> parts = c instanceof Condition.All a ? a.children() : ((Condition.Any) c).children();
    return join(c instanceof Condition.All ? "all.joint" : "any.joint", parts.stream().map(this::words).toList());
  }

  /** A condition that must not hold, e.g. 不满足:持有本市户籍 / not: 持有本市户籍. */
  public static LocalizedText not(LocalizedText condition) {
    return text("not", condition);
  }

  /** A condition under which something applies, e.g. 如委托他人代办:是 / if 委托他人代办: yes. */
  public static LocalizedText ifSo(LocalizedText condition) {
    return text("if", condition);
  }

  /** Conditions that must all hold, as one text: joined by ,且 / , and. */
  public static LocalizedText allOf(List<LocalizedText> conditions) {
    return join("all.joint", conditions);
  }

  /** Alternatives, as one text: joined by 或 / or (e.g. the open scenarios that list a material). */
  public static LocalizedText either(List<LocalizedText> alternatives) {
    return join("either.joint", alternatives);
  }

  /** A truth value in words: 是 / yes, 否 / no. */
  public static LocalizedText yesNo(boolean value) {
    return text(value ? "value.true" : "value.false");
  }

  /** The name of an operator, e.g. 大于等于 / is at least. */
  public static LocalizedText operator(Operator operator) {
    return text("operator." + operator.name());
  }

  // ---------------------------------------------------------------- comparisons

  private LocalizedText compare(Condition.Compare c) {
    String label = label(c.fact());
    if (c.operand() instanceof Operand.Literal lit && lit.value() instanceof Value.Bool b
        && (c.operator() == Operator.EQ || c.operator() == Operator.NE)) {
      return text("boolean", label, yesNo((c.operator() == Operator.EQ) == b.value()));
    }
    LocalizedText operand;
    if (c.operand() instanceof Operand.Literal lit) {
      operand = value(lit.value());
    } else if (c.operand() instanceof Operand.ListOf list) {
      operand = join("list.joint", list.values().stream().map(ConditionWording::value).toList());
    } else if (c.operand() instanceof Operand.ParameterRef p) {
      operand = same(catalogue.parameter(p.parameter()).map(Parameter::label).orElse(p.parameter()));
    } else {
      String code = ((Operand.RegionRef) c.operand()).region();
      operand = same(catalogue.regions().region(code).map(Region::name).orElse(code));
    }
    return text("compare", label, operator(c.operator()), operand);
  }

  private String label(String fact) {
    return catalogue.fact(fact).map(FactDefinition::label).orElse(fact);
  }

  private static LocalizedText value(Value v) {
    return v instanceof Value.Bool b ? yesNo(b.value()) : same(v.toString());
  }

  private static LocalizedText same(String text) {
    return new LocalizedText(text, text);
  }

  // ---------------------------------------------------------------- the bundle

  private static LocalizedText join(String joint, List<LocalizedText> parts) {
    return new LocalizedText(join(ZH, joint, parts, LocalizedText::zh), join(EN, joint, parts, LocalizedText::en));
  }

  private static String join(ResourceBundle bundle, String joint, List<LocalizedText> parts, Function<LocalizedText, String> pick) {
    return String.join(bundle.getString(joint), parts.stream().map(pick).toList());
  }

  /** The text under {@code key} in both languages. */
  private static LocalizedText text(String key, Object... args) {
    return LocalizedText.fromBundles(ZH, EN, key, args);
  }
}
