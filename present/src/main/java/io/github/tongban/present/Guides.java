package io.github.tongban.present;

import io.github.tongban.core.model.Catalogue;
import io.github.tongban.core.model.Material;
import io.github.tongban.core.model.Scenario;
import io.github.tongban.core.model.ServiceItem;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The service guide (办事指南) of an item as a {@link Doc}: the standard elements in the usual
 * order, of the version in force on a given day, flagged when a newer version is published; and
 * the index of the guides, which links each item's page. In Chinese or English: the fixed wording
 * comes from {@code guide*.properties}, the names of enumerated values from {@link Labels}, and the
 * catalogue's own text is shown as written.
 */
public final class Guides {
  static final Texts TEXTS = Texts.of("guide");

  private Guides() {}

  /**
   * The guide of {@code item}, the version of it in force on {@code date}, with a flag when a newer
   * version is published to come into force later, and the footer in {@code language}.
   */
  public static Doc guide(Catalogue catalogue, ServiceItem item, LocalDate date, Language language) {
    Words w = new Words(language);
    Doc doc = new Doc(w.get("guide.title", item.name())).footer(footer(catalogue, language));
    doc.para(new Doc.Span(w.get("guide.inForce", date.toString(), item.version()), Doc.Style.MUTED));
    upcoming(catalogue, item.code(), date, language).ifPresent(u -> doc.para(new Doc.Span(u, Doc.Style.STRONG)));
    GuideSections.statusNotice(item, w).ifPresent(doc::para);
    doc.table(List.of(w.get("guide.element"), w.get("guide.content")), GuideSections.elements(item, w));
    GuideSections.legalBases(doc, item, w);
    doc.heading(1, w.get("guide.conditions"));
    if (item.conditions().isEmpty()) {
      doc.para(w.get("guide.conditions.none"));
    } else {
      doc.bullets(Wording.lines(catalogue, item, item.conditions().get(), language).stream().map(l -> List.of(Doc.Span.plain(l))).toList());
    }
    doc.heading(1, w.get("guide.scenarios"));
    for (Scenario s : item.scenarios()) {
      List<Doc.Span> line = new ArrayList<>(List.of(new Doc.Span(s.name(), Doc.Style.STRONG)));
      s.code().ifPresent(c -> line.add(Doc.Span.plain(w.get("guide.scenario.code", c))));
      s.when().ifPresent(c -> line.add(Doc.Span.plain(w.get("guide.scenario.when", Wording.of(catalogue, c, language)))));
      s.conditions().ifPresent(c -> line.add(Doc.Span.plain(w.get("guide.scenario.also", Wording.of(catalogue, c, language)))));
      line.add(Doc.Span.plain(w.get("guide.scenario.materials", String.join(w.get("list.separator"),
          s.materials().stream().map(m -> item.material(m).map(Material::name).orElse(m)).toList()))));
      doc.para(line.toArray(new Doc.Span[0]));
    }
    doc.heading(1, w.get("guide.materials"));
    GuideSections.materials(doc, catalogue, item, w);
    doc.heading(1, w.get("guide.process"));
    doc.bullets(item.process().stream().map(p -> List.of(new Doc.Span(p.name(), Doc.Style.STRONG),
        Doc.Span.plain(p.actor().map(a -> w.get("guide.process.actor", a)).orElse("")
            + p.description().map(d -> w.get("guide.process.description", d)).orElse("")))).toList());
    doc.heading(1, w.get("guide.timeLimit"));
    GuideSections.timeLimit(doc, item, w);
    doc.heading(1, w.get("guide.fee"));
    doc.para(GuideSections.fee(item, w));
    if (!item.intermediaries().isEmpty()) {
      doc.heading(1, w.get("guide.intermediaries"));
      doc.bullets(item.intermediaries().stream().map(x -> List.of(Doc.Span.plain(x.name()),
          Doc.Span.plain(w.get(x.required() ? "guide.intermediary.required" : "guide.intermediary.optional")))).toList());
    }
    if (!item.forms().isEmpty()) {
      doc.heading(1, w.get("guide.forms"));
      doc.bullets(item.forms().stream().map(f -> List.of(Doc.Span.plain(f.name()), Doc.Span.plain(f.url().map(u -> " " + u).orElse(""))))
          .toList());
    }
    if (!item.reviewPoints().isEmpty()) {
      doc.heading(1, w.get("guide.reviewPoints"));
      doc.bullets(item.reviewPoints().stream().map(r -> List.of(Doc.Span.plain(r))).toList());
    }
    GuideSections.result(doc, item, w);
    doc.heading(1, w.get("guide.delivery"));
    doc.para(Labels.join(item.delivery(), language));
    GuideSections.channels(doc, item, w);
    if (!item.specialServices().isEmpty()) {
      doc.heading(1, w.get("guide.specialServices"));
      doc.para(Labels.join(item.specialServices(), language));
    }
    GuideSections.local(doc, catalogue, item, w);
    GuideSections.rightsAndDuties(doc, item, w);
    GuideSections.faq(doc, item, w);
    GuideSections.topics(doc, item, w);
    return doc;
  }

  /**
   * The index of the guides of {@code items} (the versions in force on {@code date}): a table whose
   * item codes link to each guide, {@code CODE + extension} (".md" for the Markdown index, ".html"
   * for the HTML one), with the upcoming versions flagged.
   */
  public static Doc index(Catalogue catalogue, List<ServiceItem> items, LocalDate date, Language language, String extension) {
    Words w = new Words(language);
    Doc doc = new Doc(w.get("index.title", catalogue.info().name())).footer(footer(catalogue, language));
    doc.para(new Doc.Span(w.get("index.inForce", date.toString()), Doc.Style.MUTED));
    List<List<List<Doc.Span>>> rows = new ArrayList<>();
    for (ServiceItem i : items) {
      rows.add(List.of(List.of(Doc.Span.link(i.code(), i.code() + extension)), cell(i.name()), cell(i.department()),
          cell(Labels.of(i.scope(), language)), cell(Labels.of(i.onlineLevel(), language)), cell(i.version()),
          cell(upcoming(catalogue, i.code(), date, language).orElse(""))));
    }
    return doc.table(List.of(w.get("index.code"), w.get("index.name"), w.get("index.department"), w.get("index.scope"),
        w.get("index.online"), w.get("index.version"), w.get("index.note")), rows);
  }

  /** The footer of every guide and report made from {@code catalogue}: its name and version, and whether its content is illustrative. */
  public static String footer(Catalogue catalogue, Language language) {
    return TEXTS.get(language, catalogue.info().illustrative() ? "footer.illustrative" : "footer",
        catalogue.info().name(), catalogue.info().version());
  }

  /**
   * Why there is no guide of {@code code} on {@code date}, as a sentence for the person who asked:
   * the catalogue has no such item, or no version of it is in force that day (and when one is);
   * empty when a version is in force.
   */
  public static Optional<String> unavailable(Catalogue catalogue, String code, LocalDate date, Language language) {
    if (catalogue.item(code, date).isPresent()) {
      return Optional.empty();
    }
    List<ServiceItem> versions = catalogue.versions(code);
    if (versions.isEmpty()) {
      return Optional.of(TEXTS.get(language, "unavailable.unknown", SafeText.line(code)));
    }
    Optional<ServiceItem> next = catalogue.upcoming(code, date);
    if (next.isPresent()) {
      return Optional.of(TEXTS.get(language, "unavailable.upcoming", code, date.toString(), next.get().version(),
          next.get().validity().from().toString()));
    }
    ServiceItem last = versions.get(versions.size() - 1);
    return Optional.of(TEXTS.get(language, "unavailable.ended", code, date.toString(), last.version(),
        last.validity().to().map(LocalDate::toString).orElse("")));
  }

  /**
   * The flag of the version of {@code code} that comes into force after {@code date}, if one is
   * published: when, and whether the item is suspended or cancelled from then on.
   */
  public static Optional<String> upcoming(Catalogue catalogue, String code, LocalDate date, Language language) {
    return catalogue.upcoming(code, date).map(next -> TEXTS.get(language, switch (next.status()) {
      case IN_USE -> "upcoming";
      case SUSPENDED -> "upcoming.suspended";
      case CANCELLED -> "upcoming.cancelled";
    }, next.version(), next.validity().from().toString()));
  }

  private static List<Doc.Span> cell(String text) {
    return List.of(Doc.Span.plain(text));
  }

  /** The guide texts in one language. */
  record Words(Language language) {
    String get(String key, Object... args) {
      return TEXTS.get(language, key, args);
    }
  }
}
