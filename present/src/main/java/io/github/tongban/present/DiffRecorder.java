package io.github.tongban.present;

import io.github.tongban.core.condition.Condition;
import io.github.tongban.core.condition.Operand;
import io.github.tongban.core.condition.Value;
import io.github.tongban.core.model.Catalogue;
import io.github.tongban.core.model.ServiceItem;
import io.github.tongban.core.model.Validity;
import io.github.tongban.present.CatalogueDiff.Change;
import io.github.tongban.present.CatalogueDiff.Subject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Collects the changes of a catalogue diff in one language: the subject being compared, the
 * wording of elements and values, and the element-by-element comparisons every subject shares.
 */
final class DiffRecorder {
  /** Compares two versions of one keyed element (a material, a period) field by field. */
  interface Fields<T> {
    void compare(String element, T before, T after);
  }

  private static final Texts TEXTS = Texts.of("diff");

  private final Language language;
  private final List<Change> changes = new ArrayList<>();
  private Subject subject = Subject.CATALOGUE;
  private String key = "";
  private String name = "";
  private boolean standard = true;

  DiffRecorder(Language language) {
    this.language = language;
  }

  List<Change> changes() {
    return List.copyOf(changes);
  }

  Language language() {
    return language;
  }

  /** From now on, changes are about {@code key} ({@code name}) of {@code subject}. */
  void about(Subject subject, String key, String name, boolean standard) {
    this.subject = subject;
    this.key = key;
    this.name = name;
    this.standard = standard;
  }

  /** The following changes are (or are not) to standard elements. */
  void standard(boolean standard) {
    this.standard = standard;
  }

  String t(String textKey, Object... args) {
    return TEXTS.get(language, textKey, args);
  }

  /** The element's name under {@code el.KEY}, after the prefix (a keyed element such as a material) when there is one. */
  String element(String prefix, String elementKey) {
    String el = t("el." + elementKey);
    return prefix.isEmpty() ? el : prefix + " · " + el;
  }

  /** A change from {@code before} to {@code after}; an empty side means added or removed; nothing when both say the same. */
  void change(String element, Optional<String> before, Optional<String> after) {
    if (before.equals(after)) {
      return;
    }
    Optional<String> shown = after;
    if (before.map(SafeText::line).equals(after.map(SafeText::line))) {
      shown = after.map(a -> SafeText.line(a) + t("w.invisible"));
    }
    changes.add(new Change(subject, key, name, element, before, shown, standard));
  }

  void change(String element, String before, String after) {
    change(element, Optional.of(before), Optional.of(after));
  }

  void added(String element, String after) {
    change(element, Optional.empty(), Optional.of(after));
  }

  void removed(String element, String before) {
    change(element, Optional.of(before), Optional.empty());
  }

  /** Members added to or removed from a set of words (aliases, levels, allowed values). */
  void members(String element, List<String> before, List<String> after) {
    members(element, before, after, Function.identity(), Function.identity());
  }

  /** Members added or removed, compared as given and each shown in the words of its side (a material id with its name). */
  void members(String element, List<String> before, List<String> after, Function<String, String> wordsBefore, Function<String, String> wordsAfter) {
    Set<String> a = new LinkedHashSet<>(before);
    Set<String> b = new LinkedHashSet<>(after);
    a.stream().filter(v -> !b.contains(v)).forEach(v -> removed(element, wordsBefore.apply(v)));
    b.stream().filter(v -> !a.contains(v)).forEach(v -> added(element, wordsAfter.apply(v)));
    order(element, before, after);
  }

  /** The order of the members both sides share, when it changed: checklists and steps are shown in order. */
  private void order(String element, List<String> before, List<String> after) {
    List<String> a = before.stream().filter(after::contains).distinct().toList();
    List<String> b = after.stream().filter(before::contains).distinct().toList();
    if (!a.equals(b)) {
      change(element + " · " + t("el.order"), join(a), join(b));
    }
  }

  /**
   * Elements matched by key: the added and removed ones in words, the ones in both compared field
   * by field; the element's name is {@code kind} followed by its key and, when given, its name.
   */
  <T> void keyed(String kind, List<T> before, List<T> after, Function<T, String> id, Function<T, String> label,
      Function<T, String> words, Fields<T> fields) {
    keyed(kind, before, after, id, label, words, words, fields);
  }

  /** As {@link #keyed(String, List, List, Function, Function, Function, Fields)}, with removed and added elements each in the words of their side. */
  <T> void keyed(String kind, List<T> before, List<T> after, Function<T, String> id, Function<T, String> label,
      Function<T, String> wordsBefore, Function<T, String> wordsAfter, Fields<T> fields) {
    Map<String, T> a = index(before, id);
    Map<String, T> b = index(after, id);
    Set<String> keys = new LinkedHashSet<>(a.keySet());
    keys.addAll(b.keySet());
    for (String k : keys) {
      T x = a.get(k);
      T y = b.get(k);
      String l = label.apply(y != null ? y : x);
      String element = l.isEmpty() || l.equals(k) ? kind + " " + k : t("w.keyed", kind, k, l);
      if (x == null) {
        added(element, wordsAfter.apply(y));
      } else if (y == null) {
        removed(element, wordsBefore.apply(x));
      } else if (!Objects.equals(x, y)) {
        fields.compare(element, x, y);
      }
    }
    order(kind, List.copyOf(a.keySet()), List.copyOf(b.keySet()));
  }

  static <T> Map<String, T> index(List<T> list, Function<T, String> key) {
    Map<String, T> map = new LinkedHashMap<>();
    list.forEach(t -> map.put(key.apply(t), t));
    return map;
  }

  // ---- words

  String yesNo(boolean b) {
    return t(b ? "w.yes" : "w.no");
  }

  String validity(Validity v) {
    return v.to().map(to -> t("w.validity.closed", v.from().toString(), to.toString())).orElseGet(() -> t("w.validity.open", v.from().toString()));
  }

  String days(int n) {
    return t("w.days", n);
  }

  String yuan(BigDecimal amount) {
    return amount.signum() == 0 ? t("w.free") : t("w.yuan", plain(amount));
  }

  /** A number as written, without trailing zeros: 10 and 10.0 are the same amount. */
  static String plain(BigDecimal n) {
    return n.stripTrailingZeros().toPlainString();
  }

  String value(Value v, Optional<String> unit) {
    String s = v instanceof Value.Bool b ? yesNo(b.value()) : v.toString();
    return unit.map(u -> s + " " + u).orElse(s);
  }

  /** An enum constant's name in the diff's language ({@link Labels}; the Chinese is the model's own label). */
  String label(Enum<?> constant, String zhLabel) {
    return Labels.of(constant, language);
  }

  /** A field and its value: {@code 电话:0935-0000001}. */
  String field(String label, String value) {
    return t("w.field", label, value);
  }

  /** Fields (or parts) of one thing, one after the other. */
  String fields(List<String> parts) {
    return String.join(t("w.fieldSeparator"), parts);
  }

  /** Words of a list: {@code 受理、审核、发放}. */
  String join(List<String> words) {
    return String.join(t("w.and"), words);
  }

  /** The condition in words, in the catalogue and item it belongs to, as one line. */
  String condition(Catalogue catalogue, ServiceItem item, Condition c) {
    StringBuilder out = new StringBuilder();
    for (String line : Wording.lines(catalogue, item, c, language)) {
      String l = line.replaceFirst("^\u3000*(· )?", "");
      if (out.length() > 0) {
        char last = out.charAt(out.length() - 1);
        out.append(last == ':' || last == '\uFF1A' ? "" : t("w.conditionSeparator"));
      }
      out.append(l);
    }
    return out.toString();
  }

  /**
   * A changed condition: in words when the words differ; in the catalogue's notation when only
   * the test behind the same words changed (a value, an operator, a parameter).
   */
  void condition(String element, Catalogue ca, ServiceItem ia, Optional<Condition> before, Catalogue cb, ServiceItem ib,
      Optional<Condition> after) {
    if (before.equals(after)) {
      return;
    }
    Optional<String> x = before.map(c -> condition(ca, ia, c));
    Optional<String> y = after.map(c -> condition(cb, ib, c));
    if (x.isPresent() && x.equals(y)) {
      x = before.map(DiffRecorder::notation);
      y = after.map(DiffRecorder::notation);
      if (x.equals(y)) {
        y = y.map(s -> s + t("w.sameWords"));
      }
    }
    change(element, x, y);
  }

  /** A condition as the catalogue writes it, without its wording: {@code all(age ge elderlyAllowanceAge; ...)}. */
  static String notation(Condition c) {
    if (c instanceof Condition.All a) {
      return "all(" + String.join("; ", a.children().stream().map(DiffRecorder::notation).toList()) + ")";
    }
    if (c instanceof Condition.Any a) {
      return "any(" + String.join("; ", a.children().stream().map(DiffRecorder::notation).toList()) + ")";
    }
    if (c instanceof Condition.Not n) {
      return "not(" + notation(n.child()) + ")";
    }
    if (c instanceof Condition.Known k) {
      return "known(" + k.fact() + ")";
    }
    Condition.Compare cmp = (Condition.Compare) c;
    String operand;
    if (cmp.operand() instanceof Operand.Literal l) {
      operand = l.value().toString();
    } else if (cmp.operand() instanceof Operand.ListOf l) {
      operand = "(" + String.join(", ", l.values().stream().map(Value::toString).toList()) + ")";
    } else if (cmp.operand() instanceof Operand.ParameterRef p) {
      operand = "parameter " + p.parameter();
    } else {
      operand = "region " + ((Operand.RegionRef) cmp.operand()).region();
    }
    return cmp.fact() + " " + cmp.operator().yamlName() + " " + operand;
  }
}
