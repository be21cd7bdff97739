package io.github.tongban.cli;

import io.github.tongban.present.Wording;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.tongban.core.load.CatalogueLoader;
import io.github.tongban.core.load.LoadResult;
import io.github.tongban.core.model.Catalogue;
import io.github.tongban.core.model.FactDefinition;
import io.github.tongban.core.model.Material;
import io.github.tongban.core.model.Parameter;
import io.github.tongban.core.model.Scenario;
import io.github.tongban.core.model.ServiceItem;
import java.io.PrintWriter;
import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code tongban diff OLD NEW}: what changed between two catalogue versions, item by item and
 * element by element, for the reviewer of a catalogue change.
 */
@Command(name = "diff", mixinStandardHelpOptions = true,
    description = "What changed between two catalogue folders, item by item and element by element.")
final class DiffCommand implements Callable<Integer> {
  /** Elements that may change without changing the item's standard: its bookkeeping and its local facts. */
  static final Set<String> NON_STANDARD = Set.of("version", "validity", "local");

  @Spec
  CommandSpec spec;

  @Mixin
  CommonOptions common;

  @Parameters(index = "0", paramLabel = "OLD", description = "The catalogue folder before the change.")
  Path oldFolder;

  @Parameters(index = "1", paramLabel = "NEW", description = "The catalogue folder after the change.")
  Path newFolder;

  @Option(names = "--fail-on-standard-change", description = "Exit with 1 when a standard element of an item changed, or an item was added or removed.")
  boolean failOnStandardChange;

  /** One change: an item (or dictionary entry) and an element, with before and after in words. */
  record Change(String subject, String name, String element, String before, String after, boolean standard) {}

  @Override
  public Integer call() throws Exception {
    Catalogue before = load(oldFolder);
    Catalogue after = load(newFolder);
    if (before == null || after == null) {
      return ExitCodes.FAILURE;
    }
    List<Change> changes = diff(before, after);
    PrintWriter out = spec.commandLine().getOut();
    Lang l = common.lang;
    if (common.json) {
      ArrayNode list = ValidateCommand.Json.MAPPER.createArrayNode();
      for (Change c : changes) {
        ObjectNode n = list.addObject();
        n.put("subject", c.subject()).put("name", c.name()).put("element", c.element()).put("before", c.before()).put("after", c.after())
            .put("standard", c.standard());
      }
      out.println(ValidateCommand.Json.MAPPER.writeValueAsString(list));
    } else {
      String last = null;
      for (Change c : changes) {
        if (!c.subject().equals(last)) {
          out.printf("%s %s%n", c.subject(), c.name());
          last = c.subject();
        }
        out.printf("    %s%s: %s → %s%n", c.element(), c.standard() ? "" : l.pick("(本地信息)", " (local)"), c.before(), c.after());
      }
      long standard = changes.stream().filter(Change::standard).count();
      out.printf(l.pick("%d 处变化,其中 %d 处涉及标准要素%n", "%d change(s), %d of them to standard elements%n"), changes.size(), standard);
    }
    out.flush();
    boolean standardChanged = changes.stream().anyMatch(Change::standard);
    return failOnStandardChange && standardChanged ? ExitCodes.FAILURE : ExitCodes.OK;
  }

  private Catalogue load(Path folder) {
    LoadResult r = CatalogueLoader.withDefaults().load(folder);
    if (!r.isValid()) {
      PrintWriter err = spec.commandLine().getErr();
      err.println(folder + ":");
      r.errors().forEach(p -> err.println("  " + p.format(common.lang.locale())));
      err.flush();
      return null;
    }
    return r.orElseThrow();
  }

  /** Every change from {@code a} to {@code b}. */
  static List<Change> diff(Catalogue a, Catalogue b) {
    List<Change> out = new ArrayList<>();
    Map<String, ServiceItem> before = index(a.items(), ServiceItem::code);
    Map<String, ServiceItem> after = index(b.items(), ServiceItem::code);
    for (String code : union(before.keySet(), after.keySet())) {
      ServiceItem x = before.get(code);
      ServiceItem y = after.get(code);
      if (x == null) {
        out.add(new Change(code, y.name(), "item", "—", "新增 added", true));
      } else if (y == null) {
        out.add(new Change(code, x.name(), "item", "存在 present", "删除 removed", true));
      } else {
        items(a, b, x, y, out);
      }
    }
    Map<String, FactDefinition> fa = index(a.facts(), FactDefinition::id);
    Map<String, FactDefinition> fb = index(b.facts(), FactDefinition::id);
    for (String id : union(fa.keySet(), fb.keySet())) {
      if (!Objects.equals(fa.get(id), fb.get(id))) {
        out.add(new Change("facts.yaml", id, "fact", fa.containsKey(id) ? fa.get(id).label() : "—", fb.containsKey(id) ? fb.get(id).label() : "删除 removed", true));
      }
    }
    Map<String, Parameter> pa = index(a.parameters(), Parameter::id);
    Map<String, Parameter> pb = index(b.parameters(), Parameter::id);
    for (String id : union(pa.keySet(), pb.keySet())) {
      if (!Objects.equals(pa.get(id), pb.get(id))) {
        out.add(new Change("parameters.yaml", id, "values", pa.containsKey(id) ? values(pa.get(id)) : "—", pb.containsKey(id) ? values(pb.get(id)) : "删除 removed", true));
      }
    }
    if (!a.calendar().equals(b.calendar())) {
      out.add(new Change("calendar", "", "holidays", a.calendar().holidays().size() + " 天", b.calendar().holidays().size() + " 天", true));
    }
    if (!a.regions().equals(b.regions())) {
      out.add(new Change("regions.yaml", "", "regions", a.regions().regions().size() + " 个", b.regions().regions().size() + " 个", true));
    }
    return out;
  }

  private static void items(Catalogue a, Catalogue b, ServiceItem x, ServiceItem y, List<Change> out) {
    for (RecordComponent c : ServiceItem.class.getRecordComponents()) {
      Object vx = value(c, x);
      Object vy = value(c, y);
      if (Objects.equals(vx, vy)) {
        continue;
      }
      boolean standard = !NON_STANDARD.contains(c.getName());
      switch (c.getName()) {
        case "materials" -> byId(x.code(), x.name(), "material", x.materials(), y.materials(), Material::id, DiffCommand::material, out);
        case "scenarios" -> byId(x.code(), x.name(), "scenario", x.scenarios(), y.scenarios(), Scenario::id, DiffCommand::scenario, out);
        case "timeLimit" -> out.add(new Change(x.code(), x.name(), "timeLimit", time(x), time(y), true));
        case "local" -> byId(x.code(), x.name(), "local", new ArrayList<>(new java.util.TreeMap<>(x.local()).entrySet()),
            new ArrayList<>(new java.util.TreeMap<>(y.local()).entrySet()), Map.Entry::getKey, e -> local(e.getValue()), out, false);
        case "conditions" -> out.add(new Change(x.code(), x.name(), "conditions",
            x.conditions().map(cond -> String.join(" ", Wording.lines(a, x, cond))).orElse("—"),
            y.conditions().map(cond -> String.join(" ", Wording.lines(b, y, cond))).orElse("—"), true));
        case "fee" -> out.add(new Change(x.code(), x.name(), "fee", x.fee().amount().toPlainString() + " 元", y.fee().amount().toPlainString() + " 元", true));
        default -> out.add(new Change(x.code(), x.name(), c.getName(), brief(vx), brief(vy), standard));
      }
    }
  }

  private static <T> void byId(String code, String name, String kind, List<T> a, List<T> b, Function<T, String> id, Function<T, String> words,
      List<Change> out) {
    byId(code, name, kind, a, b, id, words, out, true);
  }

  private static <T> void byId(String code, String name, String kind, List<T> a, List<T> b, Function<T, String> id, Function<T, String> words,
      List<Change> out, boolean standard) {
    Map<String, T> ma = index(a, id);
    Map<String, T> mb = index(b, id);
    for (String k : union(ma.keySet(), mb.keySet())) {
      T x = ma.get(k);
      T y = mb.get(k);
      if (!Objects.equals(x, y)) {
        out.add(new Change(code, name, kind + " " + k, x == null ? "—" : words.apply(x), y == null ? "删除 removed" : words.apply(y), standard));
      }
    }
  }

  private static String material(Material m) {
    return m.name() + "," + m.form().label() + m.copies() + "份," + m.source().kind().label() + (m.essential() ? ",关键" : "")
        + (m.deferrable() ? ",可容缺" : "") + (m.requiredWhen().isPresent() ? ",有条件" : "");
  }

  private static String local(io.github.tongban.core.model.LocalInfo l) {
    List<String> parts = new ArrayList<>();
    l.authorityName().ifPresent(v -> parts.add("机关 " + v));
    l.address().ifPresent(v -> parts.add("地址 " + v));
    l.phone().ifPresent(v -> parts.add("电话 " + v));
    l.hours().ifPresent(v -> parts.add("时间 " + v));
    l.window().ifPresent(v -> parts.add("窗口 " + v));
    return String.join(",", parts);
  }

  private static String scenario(Scenario s) {
    return s.name() + ":" + String.join("、", s.materials()) + (s.when().isPresent() ? "(有适用条件)" : "");
  }

  private static String time(ServiceItem i) {
    return "法定 " + i.timeLimit().statutory() + " / 承诺 " + i.timeLimit().promised() + (i.timeLimit().instant() ? "(即办)" : "");
  }

  private static String values(Parameter p) {
    return String.join("; ", p.values().stream().map(v -> v.validity().from() + ": " + v.value()).toList());
  }

  private static Object value(RecordComponent c, Object record) {
    try {
      return c.getAccessor().invoke(record);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot read " + c.getName(), e);
    }
  }

  private static String brief(Object v) {
    String s = String.valueOf(v);
    return s.length() > 160 ? s.substring(0, 157) + "..." : s;
  }

  private static <T> Map<String, T> index(List<T> list, Function<T, String> key) {
    Map<String, T> map = new LinkedHashMap<>();
    list.forEach(t -> map.put(key.apply(t), t));
    return map;
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> all = new TreeSet<>(a);
    all.addAll(b);
    return all;
  }
}
