package io.github.tongban.present;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.tongban.core.model.Catalogue;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Test help for "no Chinese in English output except catalogue content": every string a catalogue
 * holds (names, materials, citations, questions, region names, units...), found by walking its
 * records, so that English output can be checked for Chinese once they are taken out.
 */
final class CatalogueText {
  private static final Pattern HAN = Pattern.compile("\\p{IsHan}");

  private CatalogueText() {}

  /** Every string of {@code catalogue} that holds a Chinese character, longest first; single characters (units such as 元) are kept, so they cannot hide a word left untranslated. */
  static List<String> strings(Catalogue catalogue) {
    Set<String> out = new LinkedHashSet<>();
    walkCatalogue(catalogue, out);
    return out.stream().filter(s -> s.length() > 1 && HAN.matcher(s).find()).sorted(Comparator.comparingInt(String::length).reversed()).toList();
  }

  /** {@code text} with every catalogue string taken out. */
  static String withoutCatalogueText(String text, Catalogue catalogue) {
    String rest = text;
    for (String s : strings(catalogue)) {
      rest = rest.replace(s, " ");
    }
    return rest;
  }

  /** The Chinese characters left in {@code text} once catalogue content is taken out, with some context; empty when none. */
  static List<String> chineseOutsideCatalogue(String text, Catalogue catalogue) {
    String rest = withoutCatalogueText(text, catalogue);
    return rest.lines().filter(l -> HAN.matcher(l).find()).toList();
  }

  /** The English words left in {@code text} (Chinese output) once catalogue content and the name tongban are taken out. */
  static List<String> englishOutsideCatalogue(String text, Catalogue catalogue) {
    Set<String> all = new LinkedHashSet<>();
    walkCatalogue(catalogue, all);
    String rest = text;
    for (String s : all.stream().filter(s -> s.length() > 1).sorted(Comparator.comparingInt(String::length).reversed()).toList()) {
      rest = rest.replace(s, " ");
    }
    return Pattern.compile("[A-Za-z]{2,}").matcher(rest.replace("tongban", " ")).results().map(m -> m.group()).toList();
  }

  /** Every text a notice document holds: title, footer, headings, spans and table headers, one per line. */
  static String text(Doc doc) {
    StringBuilder out = new StringBuilder();
    collect(doc.json(), out);
    return out.toString();
  }

  private static void collect(JsonNode node, StringBuilder out) {
    if (node.isTextual()) {
      out.append(node.asText()).append('\n');
    } else if (node.isContainerNode()) {
      node.fields().forEachRemaining(e -> {
        if (!e.getKey().equals("type") && !e.getKey().equals("style")) {
          collect(e.getValue(), out);
        }
      });
      if (node.isArray()) {
        node.forEach(n -> collect(n, out));
      }
    }
  }

  private static void walkCatalogue(Catalogue catalogue, Set<String> out) {
    walk(catalogue.info(), out);
    walk(catalogue.facts(), out);
    walk(catalogue.parameters(), out);
    walk(catalogue.regions().regions(), out);
    catalogue.items().forEach(i -> walk(catalogue.versions(i.code()), out));
  }

  private static void walk(Object o, Set<String> out) {
    if (o == null) {
      return;
    }
    if (o instanceof String s) {
      out.add(s);
    } else if (o instanceof Optional<?> opt) {
      opt.ifPresent(x -> walk(x, out));
    } else if (o instanceof Collection<?> c) {
      c.forEach(x -> walk(x, out));
    } else if (o instanceof Map<?, ?> m) {
      m.forEach((k, v) -> {
        walk(k, out);
        walk(v, out);
      });
    } else if (o.getClass().isRecord()) {
      for (RecordComponent rc : o.getClass().getRecordComponents()) {
        try {
          walk(rc.getAccessor().invoke(o), out);
        } catch (ReflectiveOperationException e) {
          throw new IllegalStateException("cannot read " + rc, e);
        }
      }
    }
  }
}
