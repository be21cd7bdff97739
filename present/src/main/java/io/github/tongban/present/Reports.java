package io.github.tongban.present;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.tongban.core.model.Catalogue;
import io.github.tongban.core.model.ServiceItem;
import io.github.tongban.core.report.CatalogueReport;
import io.github.tongban.core.report.ItemCompleteness;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The catalogue report (目录统计) of the item versions in force on a day, as terminal lines, as
 * JSON, and as an HTML page with bar charts, in Chinese or English; the items with a newer version
 * published to come into force later are listed with it.
 */
public final class Reports {
  private static final Texts TEXTS = Guides.TEXTS;

  private Reports() {}

  /** The report as lines for a terminal, every catalogue text on one safe line. */
  public static List<String> lines(Catalogue catalogue, LocalDate date, Language language) {
    CatalogueReport r = CatalogueReport.of(catalogue, date);
    List<String> out = new ArrayList<>();
    out.add(t(language, "report.date", date.toString()));
    out.add(t(language, "report.items", String.valueOf(r.items())));
    out.add(t(language, "report.onlineCapable", String.valueOf(r.onlineCapable()), r.onlineCapableRate().toPlainString()));
    out.add(t(language, "report.fullyOnline", String.valueOf(r.fullyOnline()), r.fullyOnlineRate().toPlainString()));
    out.add(t(language, "report.averageTrips", r.averageTrips().toPlainString()));
    out.add(t(language, "report.averageMaterials", r.averageMaterials().toPlainString()));
    out.add(t(language, "report.compression", r.compression().toPlainString()));
    out.add(t(language, "report.instant", String.valueOf(r.instant()), r.instantShare().toPlainString()));
    out.add(completeness(r, language, "report.completeness"));
    List<ItemCompleteness> incomplete = r.completeness().stream().filter(c -> !c.isComplete()).toList();
    if (!incomplete.isEmpty()) {
      out.add(t(language, "report.incomplete"));
      incomplete.forEach(c -> out.add("  " + SafeText.line(t(language, "report.incomplete.item", c.code(), c.name(), String.valueOf(c.filled()),
          String.valueOf(c.total()), c.percent().toPlainString(), missing(c, language)))));
    }
    out.add(t(language, "report.byDepartment"));
    r.byDepartment().forEach((k, v) -> out.add("  " + SafeText.line(k) + " " + v));
    out.add(t(language, "report.byLevel"));
    r.byLevel().forEach((k, v) -> out.add("  " + Labels.of(k, language) + " " + v));
    out.add(t(language, "report.byScope"));
    r.byScope().forEach((k, v) -> out.add("  " + Labels.of(k, language) + " " + v));
    List<String> upcoming = upcoming(catalogue, date, language);
    if (!upcoming.isEmpty()) {
      out.add(t(language, "report.upcoming"));
      upcoming.forEach(u -> out.add("  " + u));
    }
    return out;
  }

  /**
   * The report as JSON: the date, the figures (rates and averages as exact decimals), the element
   * completeness (the rate, the elements filled and applicable, the complete items, and for each item
   * {@code code, name, filled, total, percent} and the {@code missing} elements as {@code key, zh, en}),
   * the counts by department, by level and by scope (keyed by the names catalogue files use), and the
   * upcoming versions ({@code code, name, version, from}).
   */
  public static ObjectNode json(Catalogue catalogue, LocalDate date) {
    CatalogueReport r = CatalogueReport.of(catalogue, date);
    ObjectNode n = Json.mapper().createObjectNode().put("date", date.toString());
    n.put("items", r.items()).put("onlineCapable", r.onlineCapable()).put("onlineCapableRate", r.onlineCapableRate())
        .put("fullyOnline", r.fullyOnline()).put("fullyOnlineRate", r.fullyOnlineRate()).put("averageTrips", r.averageTrips())
        .put("averageMaterials", r.averageMaterials()).put("compression", r.compression()).put("instant", r.instant())
        .put("instantShare", r.instantShare());
    ObjectNode completeness = n.putObject("completeness");
    completeness.put("rate", r.completenessRate()).put("elementsFilled", r.elementsFilled()).put("elementsApplicable", r.elementsApplicable())
        .put("completeItems", r.completeItems());
    ArrayNode perItem = completeness.putArray("items");
    for (ItemCompleteness c : r.completeness()) {
      ObjectNode item = perItem.addObject().put("code", c.code()).put("name", c.name()).put("filled", c.filled()).put("total", c.total())
          .put("percent", c.percent());
      ArrayNode missing = item.putArray("missing");
      c.missing().forEach(e -> missing.addObject().put("key", e.key()).put("zh", e.label().zh()).put("en", e.label().en()));
    }
    ObjectNode department = n.putObject("byDepartment");
    r.byDepartment().forEach(department::put);
    ObjectNode level = n.putObject("byLevel");
    r.byLevel().forEach((k, v) -> level.put(k.name(), v));
    ObjectNode scope = n.putObject("byScope");
    r.byScope().forEach((k, v) -> scope.put(k.name(), v));
    ArrayNode upcoming = n.putArray("upcoming");
    for (ServiceItem latest : catalogue.items()) {
      catalogue.upcoming(latest.code(), date).ifPresent(next -> upcoming.addObject().put("code", next.code()).put("name", next.name())
          .put("version", next.version()).put("from", next.validity().from().toString()).put("status", next.status().name()));
    }
    return n;
  }

  /**
   * The report as a printable page: the figures, a bar chart by department, by level and by scope, each
   * item's element completeness, the upcoming versions.
   */
  public static Doc html(Catalogue catalogue, LocalDate date, Language language) {
    CatalogueReport r = CatalogueReport.of(catalogue, date);
    Doc doc = new Doc(t(language, "report.title", catalogue.info().name())).footer(Guides.footer(catalogue, language));
    doc.para(new Doc.Span(t(language, "report.asOf", date.toString()), Doc.Style.MUTED));
    doc.table(List.of(t(language, "report.figure"), t(language, "report.value")), List.of(
        row(t(language, "report.figure.items"), String.valueOf(r.items())),
        row(t(language, "report.figure.onlineCapable"),
            t(language, "report.countRate", String.valueOf(r.onlineCapable()), r.onlineCapableRate().toPlainString())),
        row(t(language, "report.figure.fullyOnline"),
            t(language, "report.countRate", String.valueOf(r.fullyOnline()), r.fullyOnlineRate().toPlainString())),
        row(t(language, "report.figure.averageTrips"), r.averageTrips().toPlainString()),
        row(t(language, "report.figure.averageMaterials"), r.averageMaterials().toPlainString()),
        row(t(language, "report.figure.compression"), t(language, "report.percent", r.compression().toPlainString())),
        row(t(language, "report.figure.instant"),
            t(language, "report.countRate", String.valueOf(r.instant()), r.instantShare().toPlainString())),
        row(t(language, "report.figure.completeness"), completeness(r, language, "report.completenessRate"))));
    doc.heading(1, t(language, "report.section.byDepartment"));
    doc.rawHtml(Charts.bars(r.byDepartment()));
    Map<String, Integer> levels = new LinkedHashMap<>();
    r.byLevel().forEach((k, v) -> levels.put(Labels.of(k, language), v));
    doc.heading(1, t(language, "report.section.byLevel"));
    doc.rawHtml(Charts.bars(levels));
    Map<String, Integer> scopes = new LinkedHashMap<>();
    r.byScope().forEach((k, v) -> scopes.put(Labels.of(k, language), v));
    doc.heading(1, t(language, "report.section.byScope"));
    doc.rawHtml(Charts.bars(scopes));
    doc.heading(1, t(language, "report.section.completeness"));
    doc.table(List.of(t(language, "report.column.item"), t(language, "report.column.filled"), t(language, "report.column.missing")),
        r.completeness().stream().map(c -> List.of(List.of(Doc.Span.plain(c.code() + " " + c.name())),
            List.of(Doc.Span.plain(t(language, "report.column.filledValue", String.valueOf(c.filled()), String.valueOf(c.total()),
                c.percent().toPlainString()))),
            List.of(Doc.Span.plain(missing(c, language))))).toList());
    List<String> upcoming = upcoming(catalogue, date, language);
    if (!upcoming.isEmpty()) {
      doc.heading(1, t(language, "report.section.upcoming"));
      doc.bullets(upcoming.stream().map(u -> List.of(Doc.Span.plain(u))).toList());
    }
    return doc;
  }

  /** Each item with a version published to come into force after {@code date}: code, name and the flag, on one safe line. */
  private static List<String> upcoming(Catalogue catalogue, LocalDate date, Language language) {
    List<String> out = new ArrayList<>();
    for (ServiceItem latest : catalogue.items()) {
      catalogue.upcoming(latest.code(), date).ifPresent(next -> out.add(SafeText.line(t(language, "report.upcoming.item", next.code(),
          next.name(), Guides.upcoming(catalogue, latest.code(), date, language).orElseThrow()))));
    }
    return out;
  }

  /** The catalogue's element completeness in one line, under {@code key}. */
  private static String completeness(CatalogueReport r, Language language, String key) {
    return t(language, key, r.completenessRate().toPlainString(), String.valueOf(r.elementsFilled()), String.valueOf(r.elementsApplicable()),
        String.valueOf(r.completeItems()), String.valueOf(r.items()));
  }

  /** The names of the elements an item lacks, in the language's own list form; a dash when none. */
  private static String missing(ItemCompleteness c, Language language) {
    if (c.isComplete()) {
      return "—";
    }
    return String.join(language.pick("、", ", "), c.missing().stream().map(e -> e.label().in(language.locale())).toList());
  }

  private static String t(Language language, String key, Object... args) {
    return TEXTS.get(language, key, args);
  }

  private static List<List<Doc.Span>> row(String figure, String value) {
    return List.of(List.of(Doc.Span.plain(figure)), List.of(Doc.Span.plain(value)));
  }
}
