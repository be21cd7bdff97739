package io.github.tongban.present;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.tongban.core.model.Catalogue;
import io.github.tongban.core.model.CatalogueInfo;
import io.github.tongban.core.model.FactDefinition;
import io.github.tongban.core.model.Parameter;
import io.github.tongban.core.model.ParameterValue;
import io.github.tongban.core.model.Region;
import io.github.tongban.core.model.RegionTree;
import io.github.tongban.core.model.WorkingCalendar;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * What changed between two versions of a catalogue, element by element and in words, for the
 * reviewer of a catalogue change: every element of every item, the fact dictionary, the
 * parameters and their periods, the region tree and the working-day calendar. Changes are said in
 * zh-CN or en; catalogue text in them is neutralised to single lines.
 */
public final class CatalogueDiff {
  /** What a change is about. */
  public enum Subject { ITEM, FACT, PARAMETER, REGION, CALENDAR, CATALOGUE }

  /** Whether something was added, removed or changed. */
  public enum Kind { ADDED, REMOVED, CHANGED }

  /**
   * One change, in words: an element of a subject before and after. Every text is one safe line
   * ({@link SafeText#line}); a change has at least one side, and two sides that say the same are
   * no change.
   *
   * @param subject what kind of thing changed
   * @param key its code or id (an item code, a fact id, a region code); empty for the calendar
   * @param name its name, e.g. the item's name; empty when it has none
   * @param element the element that changed, e.g. 申请材料 bankCard(社会保障卡或本人银行账户) · 可容缺
   * @param before the element before, in words; empty when it was added
   * @param after the element after, in words; empty when it was removed
   * @param standard whether it is a standard element (四级46同), as opposed to bookkeeping or local facts
   */
  public record Change(Subject subject, String key, String name, String element, Optional<String> before, Optional<String> after,
      boolean standard) {
    public Change {
      Objects.requireNonNull(subject, "subject");
      key = SafeText.line(key);
      name = SafeText.line(name);
      element = SafeText.line(element);
      before = before.map(SafeText::line);
      after = after.map(SafeText::line);
      if (before.isEmpty() && after.isEmpty()) {
        throw new IllegalArgumentException("a change of " + element + " needs a before or an after");
      }
      if (before.equals(after)) {
        throw new IllegalArgumentException("no change of " + element + ": both sides are " + before.get());
      }
    }

    /** Whether the element was added, removed or changed. */
    public Kind kind() {
      return before.isEmpty() ? Kind.ADDED : after.isEmpty() ? Kind.REMOVED : Kind.CHANGED;
    }
  }

  private static final Texts TEXTS = Texts.of("diff");

  private final DiffRecorder r;
  private final Catalogue a;
  private final Catalogue b;

  private CatalogueDiff(Catalogue before, Catalogue after, Language language) {
    this.r = new DiffRecorder(language);
    this.a = before;
    this.b = after;
  }

  /** Every change from {@code before} to {@code after}, in {@code language}: items, facts, parameters, regions, calendar, catalogue. */
  public static List<Change> between(Catalogue before, Catalogue after, Language language) {
    CatalogueDiff d = new CatalogueDiff(before, after, language);
    new ItemDiff(d.r, before, after).run();
    d.facts();
    d.parameters();
    d.regions();
    d.calendar();
    d.info();
    return d.r.changes();
  }

  /** The changes as text lines for a terminal: grouped by subject and by item (or fact, region...), with a count at the end. */
  public static List<String> text(List<Change> changes, Language language) {
    List<String> lines = new ArrayList<>();
    Subject subject = null;
    String key = null;
    for (Change c : changes) {
      if (c.subject() != subject) {
        subject = c.subject();
        key = null;
        lines.add(TEXTS.get(language, "subject." + subject.name()));
      }
      if (!c.key().equals(key) && !c.key().isEmpty()) {
        key = c.key();
        lines.add("  " + (c.name().isEmpty() ? c.key() : c.key() + " " + c.name()));
      }
      String line = switch (c.kind()) {
        case ADDED -> TEXTS.get(language, "line.added", c.element(), c.after().orElseThrow());
        case REMOVED -> TEXTS.get(language, "line.removed", c.element(), c.before().orElseThrow());
        case CHANGED -> TEXTS.get(language, "line.changed", c.element(), c.before().orElseThrow(), c.after().orElseThrow());
      };
      lines.add("    " + line + (c.standard() ? "" : TEXTS.get(language, "line.notStandard")));
    }
    if (changes.isEmpty()) {
      lines.add(TEXTS.get(language, "summary.none"));
    } else {
      long standard = changes.stream().filter(Change::standard).count();
      lines.add(TEXTS.get(language, "summary", Integer.toString(changes.size()), Long.toString(standard)));
    }
    return lines;
  }

  /** The changes as JSON: a list of objects with subject, key, name, element, change, before, after and standard. */
  public static ArrayNode json(List<Change> changes) {
    ArrayNode list = Json.mapper().createArrayNode();
    for (Change c : changes) {
      ObjectNode n = list.addObject();
      n.put("subject", c.subject().name().toLowerCase(Locale.ROOT)).put("key", c.key()).put("name", c.name()).put("element", c.element())
          .put("change", c.kind().name().toLowerCase(Locale.ROOT));
      n.put("before", c.before().orElse(null)).put("after", c.after().orElse(null)).put("standard", c.standard());
    }
    return list;
  }

  /** Whether any of the changes is to a standard element. */
  public static boolean changesStandard(List<Change> changes) {
    return changes.stream().anyMatch(Change::standard);
  }

  /** Things matched by key, each its own subject: the added and removed ones in words, the others field by field. */
  private <T> void each(Subject subject, List<T> before, List<T> after, Function<T, String> id, Function<T, String> name,
      Function<T, String> wordsBefore, Function<T, String> wordsAfter, DiffRecorder.Fields<T> fields) {
    Map<String, T> x = DiffRecorder.index(before, id);
    Map<String, T> y = DiffRecorder.index(after, id);
    Set<String> keys = new LinkedHashSet<>(x.keySet());
    keys.addAll(y.keySet());
    String element = r.t("el." + subject.name().toLowerCase(Locale.ROOT));
    for (String k : keys) {
      T u = x.get(k);
      T v = y.get(k);
      r.about(subject, k, name.apply(v != null ? v : u), true);
      if (u == null) {
        r.added(element, wordsAfter.apply(v));
      } else if (v == null) {
        r.removed(element, wordsBefore.apply(u));
      } else if (!u.equals(v)) {
        fields.compare("", u, v);
      }
    }
  }

  private void facts() {
    each(Subject.FACT, a.facts(), b.facts(), FactDefinition::id, FactDefinition::label,
        this::fact, this::fact, (e, x, y) -> {
          r.change(r.element(e, "fact.type"), r.label(x.type(), x.type().label()), r.label(y.type(), y.type().label()));
          r.change(r.element(e, "name"), x.label(), y.label());
          r.change(r.element(e, "fact.question"), x.question(), y.question());
          r.change(r.element(e, "unit"), x.unit(), y.unit());
          r.members(r.element(e, "fact.values"), x.allowedValues(), y.allowedValues());
          r.change(r.element(e, "fact.min"), x.min().map(DiffRecorder::plain), y.min().map(DiffRecorder::plain));
          r.change(r.element(e, "fact.max"), x.max().map(DiffRecorder::plain), y.max().map(DiffRecorder::plain));
          r.change(r.element(e, "fact.source"), x.source(), y.source());
        });
  }

  private void parameters() {
    each(Subject.PARAMETER, a.parameters(), b.parameters(), Parameter::id, Parameter::label,
        this::parameter, this::parameter, (e, x, y) -> {
          r.change(r.element(e, "name"), x.label(), y.label());
          r.change(r.element(e, "fact.type"), r.label(x.type(), x.type().label()), r.label(y.type(), y.type().label()));
          r.change(r.element(e, "unit"), x.unit(), y.unit());
          r.change(r.element(e, "legalBasis"), x.basis().citation(), y.basis().citation());
          r.change(r.element(e, "url"), x.basis().url(), y.basis().url());
          r.keyed(r.element(e, "parameter.period"), x.values(), y.values(), v -> v.validity().from().toString(), v -> "",
              v -> period(v, x), v -> period(v, y), (pe, u, v) -> {
                r.change(r.element(pe, "validity"), r.validity(u.validity()), r.validity(v.validity()));
                if (!u.value().equals(v.value())) {
                  r.change(r.element(pe, "parameter.value"), r.value(u.value(), x.unit()), r.value(v.value(), y.unit()));
                }
              });
        });
  }

  private String fact(FactDefinition f) {
    return r.t("w.fact", f.label(), r.label(f.type(), f.type().label()), f.question());
  }

  private String parameter(Parameter p) {
    return r.t("w.parameter", p.label(), r.join(p.values().stream().map(v -> period(v, p)).toList()));
  }

  private String period(ParameterValue v, Parameter p) {
    return r.t("w.period", r.validity(v.validity()), r.value(v.value(), p.unit()));
  }

  private void regions() {
    Comparator<Region> byCode = Comparator.comparing(Region::code);
    List<Region> before = a.regions().regions().stream().sorted(byCode).toList();
    List<Region> after = b.regions().regions().stream().sorted(byCode).toList();
    each(Subject.REGION, before, after, Region::code, Region::name, x -> region(x, a.regions()), x -> region(x, b.regions()),
        (e, x, y) -> {
          r.change(r.element(e, "name"), x.name(), y.name());
          r.change(r.element(e, "region.parent"), x.parent().map(p -> regionRef(a.regions(), p)), y.parent().map(p -> regionRef(b.regions(), p)));
          r.change(r.element(e, "region.level"), r.label(x.level(), x.level().label()), r.label(y.level(), y.level().label()));
          r.change(r.element(e, "region.servicePoint"), x.servicePoint(), y.servicePoint());
        });
  }

  private String region(Region x, RegionTree tree) {
    String parent = x.parent().map(p -> r.t("w.regionIn", regionRef(tree, p))).orElse(r.t("w.root"));
    return r.t("w.region", x.name(), r.label(x.level(), x.level().label()), parent, x.servicePoint());
  }

  private String regionRef(RegionTree tree, String code) {
    return tree.region(code).map(p -> p.name() + " " + code).orElse(code);
  }

  private void calendar() {
    WorkingCalendar x = a.calendar();
    WorkingCalendar y = b.calendar();
    r.about(Subject.CALENDAR, "", "", true);
    r.members(r.t("el.calendar.years"), new TreeSet<>(x.years()).stream().map(String::valueOf).toList(),
        new TreeSet<>(y.years()).stream().map(String::valueOf).toList());
    dated(r.t("el.calendar.holiday"), x.holidays(), y.holidays());
    dated(r.t("el.calendar.workday"), x.makeUpWorkdays(), y.makeUpWorkdays());
  }

  /** A run of consecutive days with the same name (or the same pair of names). */
  private record Run(LocalDate from, LocalDate to, String name) {}

  /** Dated days added, removed or renamed, consecutive days with the same name said once, as a period. */
  private void dated(String element, Map<LocalDate, String> before, Map<LocalDate, String> after) {
    for (Run run : runs(before, d -> !after.containsKey(d), before::get)) {
      r.removed(element, days(run, run.name()));
    }
    for (Run run : runs(after, d -> !before.containsKey(d), after::get)) {
      r.added(element, days(run, run.name()));
    }
    Function<LocalDate, String> pair = d -> before.get(d) + "\u0000" + after.get(d);
    for (Run run : runs(after, d -> before.containsKey(d) && !before.get(d).equals(after.get(d)), pair)) {
      String[] names = run.name().split("\u0000", 2);
      String dates = run.from().equals(run.to()) ? run.from().toString() : r.t("w.validity.closed", run.from().toString(), run.to().toString());
      r.change(element + " " + dates, names[0], names[1]);
    }
  }

  private static List<Run> runs(Map<LocalDate, String> days, Predicate<LocalDate> include, Function<LocalDate, String> name) {
    List<Run> out = new ArrayList<>();
    for (LocalDate d : new TreeSet<>(days.keySet())) {
      if (!include.test(d)) {
        continue;
      }
      String n = name.apply(d);
      Run last = out.isEmpty() ? null : out.get(out.size() - 1);
      if (last != null && last.to().plusDays(1).equals(d) && last.name().equals(n)) {
        out.set(out.size() - 1, new Run(last.from(), d, n));
      } else {
        out.add(new Run(d, d, n));
      }
    }
    return out;
  }

  private String days(Run run, String name) {
    return run.from().equals(run.to()) ? r.t("w.day", run.from().toString(), name) : r.t("w.days.range", run.from().toString(), run.to().toString(), name);
  }

  private void info() {
    CatalogueInfo x = a.info();
    CatalogueInfo y = b.info();
    r.about(Subject.CATALOGUE, "", "", false);
    r.change(r.t("el.name"), x.name(), y.name());
    r.change(r.t("el.version"), x.version(), y.version());
    r.change(r.t("el.catalogue.publisher"), x.publisher(), y.publisher());
    r.change(r.t("el.catalogue.illustrative"), r.yesNo(x.illustrative()), r.yesNo(y.illustrative()));
    r.change(r.t("el.notes"), x.notice(), y.notice());
  }
}
