package io.github.tongban.present;

import io.github.tongban.core.condition.Condition;
import io.github.tongban.core.model.Catalogue;
import io.github.tongban.core.model.ServiceItem;
import io.github.tongban.core.wording.ConditionWording;
import java.util.ArrayList;
import java.util.List;

/**
 * Conditions in words, for guides and notices, in Chinese or English: a condition tree as nested
 * lines with the legal basis each part cites, and one condition as {@link ConditionWording} words
 * it (the catalogue's own text as written, or words from the fact dictionary), the same wording the
 * engine gives its reasons. The forms without a language are Chinese.
 */
public final class Wording {
  private static final Texts TEXTS = DecisionWords.TEXTS;

  private Wording() {}

  /** The condition tree as nested lines in {@code language}, each indented by depth, with the legal basis it cites. */
  public static List<String> lines(Catalogue catalogue, ServiceItem item, Condition c, Language language) {
    List<String> out = new ArrayList<>();
    lines(catalogue, item, c, language, 0, out);
    return out;
  }

  private static void lines(Catalogue catalogue, ServiceItem item, Condition c, Language language, int depth, List<String> out) {
    String basis = c.basis().flatMap(item::legalBasis).map(b -> TEXTS.get(language, "wording.basis", b.citation())).orElse("");
    String indent = language.pick("\u3000\u3000", "\u00a0\u00a0\u00a0\u00a0").repeat(depth) + (depth > 0 ? "· " : "");
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

  /** One condition in words in {@code language} (see {@link ConditionWording}); the catalogue's own text as written. */
  public static String of(Catalogue catalogue, Condition c, Language language) {
    return ConditionWording.of(catalogue).words(c).in(language.locale());
  }
}
