package io.github.tongban.present;

import io.github.tongban.core.condition.Condition;
import io.github.tongban.core.condition.Operand;
import io.github.tongban.core.condition.Operator;
import io.github.tongban.core.condition.Value;
import io.github.tongban.core.model.Catalogue;
import io.github.tongban.core.model.FactDefinition;
import io.github.tongban.core.model.ServiceItem;
import java.util.ArrayList;
import java.util.List;

/**
 * Conditions in words, for guides and notices, in Chinese or English: the catalogue's own wording
 * (which stays as written), or one made from the fact dictionary's names. The forms without a
 * language are Chinese.
 */
public final class Wording {
  private static final Texts TEXTS = DecisionWords.TEXTS;

  private Wording() {}

  /** The condition tree as nested lines in Chinese, each indented by depth, with the legal basis it cites. */
  public static List<String> lines(Catalogue catalogue, ServiceItem item, Condition c) {
    return lines(catalogue, item, c, Language.ZH);
  }

  /** The condition tree as nested lines in {@code language}, each indented by depth, with the legal basis it cites. */
  public static List<String> lines(Catalogue catalogue, ServiceItem item, Condition c, Language language) {
    List<String> out = new ArrayList<>();
    lines(catalogue, item, c, language, 0, out);
    return out;
  }

  private static void lines(Catalogue catalogue, ServiceItem item, Condition c, Language language, int depth, List<String> out) {
    String basis = c.basis().flatMap(item::legalBasis).map(b -> TEXTS.get(language, "wording.basis", b.citation())).orElse("");
    String indent = "\u3000\u3000".repeat(depth) + (depth > 0 ? "· " : "");
    if (c instanceof Condition.All a) {
      out.add(indent + a.text().map(t -> TEXTS.get(language, "wording.all.text", t, basis)).orElseGet(() -> TEXTS.get(language, "wording.all", basis)));
      a.children().forEach(ch -> lines(catalogue, item, ch, language, depth + 1, out));
    } else if (c instanceof Condition.Any a) {
      out.add(indent + a.text().map(t -> TEXTS.get(language, "wording.any.text", t, basis)).orElseGet(() -> TEXTS.get(language, "wording.any", basis)));
      a.children().forEach(ch -> lines(catalogue, item, ch, language, depth + 1, out));
    } else {
      out.add(indent + of(catalogue, c, language) + basis);
    }
  }

  /** One condition in Chinese words. */
  public static String of(Catalogue catalogue, Condition c) {
    return of(catalogue, c, Language.ZH);
  }

  /** One condition in words in {@code language}; the catalogue's own text as written. */
  public static String of(Catalogue catalogue, Condition c, Language language) {
    if (c.text().isPresent()) {
      return c.text().get();
    }
    if (c instanceof Condition.Not n) {
      return TEXTS.get(language, "wording.not", of(catalogue, n.child(), language));
    }
    if (c instanceof Condition.Known k) {
      return TEXTS.get(language, "wording.known", label(catalogue, k.fact()));
    }
    if (c instanceof Condition.Compare cmp) {
      String operator = TEXTS.get(language, "operator." + cmp.operator().name());
      if (cmp.operand() instanceof Operand.Literal l && l.value() instanceof Value.Bool b
          && (cmp.operator() == Operator.EQ || cmp.operator() == Operator.NE)) {
        boolean truth = (cmp.operator() == Operator.EQ) == b.value();
        return TEXTS.get(language, "wording.boolean", label(catalogue, cmp.fact()), operator, value(l.value(), language), yesNo(truth, language));
      }
      String operand;
      if (cmp.operand() instanceof Operand.Literal l) {
        operand = value(l.value(), language);
      } else if (cmp.operand() instanceof Operand.ListOf l) {
        operand = String.join(TEXTS.get(language, "wording.list"), l.values().stream().map(v -> value(v, language)).toList());
      } else if (cmp.operand() instanceof Operand.ParameterRef p) {
        operand = catalogue.parameter(p.parameter()).map(x -> x.label()).orElse(p.parameter());
      } else {
        String code = ((Operand.RegionRef) cmp.operand()).region();
        operand = catalogue.regions().region(code).map(r -> r.name()).orElse(code);
      }
      return TEXTS.get(language, "wording.compare", label(catalogue, cmp.fact()), operator, operand);
    }
    // All and Any without a text of their own: their parts, joined
    List<Condition> parts = c instanceof Condition.All a ? a.children() : ((Condition.Any) c).children();
    String joint = TEXTS.get(language, c instanceof Condition.All ? "condition.and" : "condition.or");
    return String.join(joint, parts.stream().map(p -> of(catalogue, p, language)).toList());
  }

  private static String label(Catalogue catalogue, String fact) {
    return catalogue.fact(fact).map(FactDefinition::label).orElse(fact);
  }

  private static String value(Value v, Language language) {
    return v instanceof Value.Bool b ? yesNo(b.value(), language) : v.toString();
  }

  private static String yesNo(boolean value, Language language) {
    return TEXTS.get(language, value ? "wording.true" : "wording.false");
  }
}
