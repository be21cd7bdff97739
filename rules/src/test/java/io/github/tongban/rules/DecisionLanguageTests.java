package io.github.tongban.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tongban.catalog.SampleCatalogue;
import io.github.tongban.core.LocalizedText;
import io.github.tongban.core.model.Catalogue;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every text a decision carries in two languages (reasons, the values they applied, the conditions
 * of open scenarios and materials, the acceptance explanation) says its English in English: once
 * the catalogue's own content (names, labels, condition texts, region names, units...) and the
 * applicant's own values are taken out, no Chinese is left.
 */
class DecisionLanguageTests {
  static final int APPLICATIONS = 2_000;
  /** Han characters, CJK punctuation (「」、,:) and full-width forms. */
  static final Pattern CJK = Pattern.compile("[\\p{IsHan}\\u3000-\\u303F\\uFF00-\\uFFEF]");

  @Test
  void theEnglishOfEveryDecisionHoldsNoChineseButTheCataloguesAndTheApplicants() {
    Catalogue catalogue = SampleCatalogue.catalogue();
    DecisionEngine engine = DecisionEngine.of(catalogue);
    List<String> content = catalogueStrings(catalogue);
    Set<String> units = units(catalogue);
    RandomApplications random = new RandomApplications(catalogue, DifferentialTests.SEED + 7);
    List<String> leaks = new ArrayList<>();
    Set<String> seen = new TreeSet<>();
    for (int i = 0; i < APPLICATIONS && leaks.size() < 10; i++) {
      Application a = random.next();
      Decision d = engine.decide(a);
      for (Map.Entry<String, LocalizedText> e : texts(d).entrySet()) {
        seen.add(e.getKey().replaceAll(" #.*$", ""));
        String rest = e.getValue().en();
        for (String s : content) {
          rest = rest.replace(s, " ");
        }
        for (String u : units) {
          rest = rest.replaceAll("(?<=\\d) " + Pattern.quote(u), " ");
        }
        for (Object v : a.facts().values()) {
          rest = rest.replace(String.valueOf(v), " ");
        }
        if (CJK.matcher(rest).find()) {
          leaks.add("#" + i + " " + a.item() + "\n  " + e.getKey() + ": " + e.getValue().en() + "\n  left: " + rest);
        }
      }
    }
    assertThat(leaks).as("English texts with Chinese outside the catalogue's content").isEmpty();
    assertThat(seen).as("the applications reach every kind of text").contains("reason", "reason.applied", "scenario.condition",
        "material.condition", "acceptance.explanation");
  }

  @Test
  void aRefusalForScopeNamesTheScopeInTheLanguageOfTheText() {
    Catalogue catalogue = SampleCatalogue.catalogue();
    DecisionEngine engine = DecisionEngine.of(catalogue);
    RandomApplications random = new RandomApplications(catalogue, DifferentialTests.SEED + 11);
    List<Acceptance> outOfScope = new ArrayList<>();
    for (int i = 0; i < 5_000 && outOfScope.isEmpty(); i++) {
      Acceptance acceptance = engine.decide(random.next()).acceptance();
      if (acceptance.explanation().zh().contains("通办范围")) {
        outOfScope.add(acceptance);
      }
    }
    assertThat(outOfScope).as("a refusal for scope among the random applications").isNotEmpty();
    LocalizedText explanation = outOfScope.get(0).explanation();
    assertThat(explanation.zh()).containsPattern("(全市通办|全县通办|全镇通办|属地办理)");
    assertThat(explanation.en()).containsPattern("\\((anywhere in the (city|county|township)|at home only)\\)").doesNotContainPattern(CJK.pattern());
  }

  /** Every two-language text of a decision, keyed by what it is (and its place). */
  static Map<String, LocalizedText> texts(Decision d) {
    Map<String, LocalizedText> out = new LinkedHashMap<>();
    for (int i = 0; i < d.reasons().size(); i++) {
      Reason r = d.reasons().get(i);
      out.put("reason #" + i, r.wording());
      out.put("reason.text #" + i, r.text());
      for (int j = 0; j < r.applied().size(); j++) {
        out.put("reason.applied #" + i + "." + j, r.applied().get(j).text());
      }
    }
    d.scenarios().forEach(s -> s.condition().ifPresent(c -> out.put("scenario.condition #" + s.id(), c)));
    d.materials().forEach(m -> m.condition().ifPresent(c -> out.put("material.condition #" + m.id(), c)));
    out.put("acceptance.explanation", d.acceptance().explanation());
    return out;
  }

  /** Every string of the catalogue that holds Chinese and is longer than one character, and every enum value, longest first. */
  static List<String> catalogueStrings(Catalogue catalogue) {
    Set<String> out = new LinkedHashSet<>();
    walk(catalogue.info(), out);
    walk(catalogue.facts(), out);
    walk(catalogue.parameters(), out);
    walk(catalogue.regions().regions(), out);
    catalogue.items().forEach(i -> walk(catalogue.versions(i.code()), out));
    // an enum fact's allowed value is catalogue text however short (男, 女): it is quoted as it is
    Set<String> values = new LinkedHashSet<>();
    catalogue.facts().forEach(f -> values.addAll(f.allowedValues()));
    return java.util.stream.Stream.concat(out.stream().filter(s -> s.length() > 1), values.stream())
        .filter(s -> CJK.matcher(s).find()).distinct().sorted(Comparator.comparingInt(String::length).reversed()).toList();
  }

  /** The units of facts and parameters: taken out only where they follow a number. */
  static Set<String> units(Catalogue catalogue) {
    Set<String> out = new LinkedHashSet<>();
    catalogue.facts().forEach(f -> f.unit().ifPresent(out::add));
    catalogue.parameters().forEach(p -> p.unit().ifPresent(out::add));
    return out;
  }

  private static void walk(Object o, Set<String> out) {
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
    } else if (o != null && o.getClass().isRecord()) {
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
