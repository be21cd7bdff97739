package io.github.tongban.present;

import io.github.tongban.core.model.BasisKind;
import io.github.tongban.core.model.Catalogue;
import io.github.tongban.core.model.Channels;
import io.github.tongban.core.model.Complaint;
import io.github.tongban.core.model.Consult;
import io.github.tongban.core.model.Fee;
import io.github.tongban.core.model.ItemCodes;
import io.github.tongban.core.model.ItemResult;
import io.github.tongban.core.model.ItemStatus;
import io.github.tongban.core.model.LegalBasis;
import io.github.tongban.core.model.LocalInfo;
import io.github.tongban.core.model.Material;
import io.github.tongban.core.model.RegionLevel;
import io.github.tongban.core.model.Remedies;
import io.github.tongban.core.model.RightsAndDuties;
import io.github.tongban.core.model.ServiceItem;
import io.github.tongban.core.model.SpecialProcedure;
import io.github.tongban.core.model.TimeLimit;
import io.github.tongban.core.model.Topics;
import io.github.tongban.present.Guides.Words;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The sections of a service guide, one method each, in the order {@link Guides#guide} puts them.
 * An element the item does not set adds nothing: no row, no heading, no empty list, so the guide
 * of an item written before the implementation-list elements (issue 14) reads as it did. The
 * catalogue's own text only ever enters as span text (never a heading, never a link), which the
 * document's renderers neutralise.
 */
final class GuideSections {
  private GuideSections() {}

  /**
   * The line under the title that says an item is suspended, cancelled or planned to be cancelled,
   * its first words strong; empty for an item in use with no cancellation planned.
   */
  static Optional<Doc.Span[]> statusNotice(ServiceItem item, Words w) {
    Optional<String> planned = item.plannedCancellation().map(LocalDate::toString);
    return switch (item.status()) {
      case SUSPENDED -> Optional.of(notice(w.get("guide.status.notice.suspended"), w.get("guide.status.notice.suspended.rest")
          + planned.map(d -> w.get("guide.status.notice.planned.also", d)).orElse("")));
      case CANCELLED -> Optional.of(notice(w.get("guide.status.notice.cancelled"), w.get("guide.status.notice.cancelled.rest")));
      case IN_USE -> planned.map(d -> notice(w.get("guide.status.notice.planned", d), w.get("guide.status.notice.planned.rest")));
    };
  }

  private static Doc.Span[] notice(String lead, String rest) {
    return new Doc.Span[] {new Doc.Span(lead, Doc.Style.STRONG), Doc.Span.plain(rest)};
  }

  /** The rows of the elements table (要素表). */
  static List<List<List<Doc.Span>>> elements(ServiceItem item, Words w) {
    Language language = w.language();
    String separator = w.get("list.separator");
    List<List<List<Doc.Span>>> rows = new ArrayList<>();
    rows.add(row(w.get("guide.name"), item.name()));
    rows.add(row(w.get("guide.code"), item.code()));
    item.codes().ifPresent(c -> codes(c, w, rows));
    if (!item.aliases().isEmpty()) {
      rows.add(row(w.get("guide.aliases"), String.join(separator, item.aliases())));
    }
    rows.add(row(w.get("guide.type"), Labels.of(item.type(), language)));
    if (item.status() != ItemStatus.IN_USE || item.plannedCancellation().isPresent()) {
      String status = Labels.of(item.status(), language);
      rows.add(row(w.get("guide.status"), item.plannedCancellation().filter(d -> item.status() != ItemStatus.CANCELLED)
          .map(d -> w.get("guide.status.planned", status, d.toString())).orElse(status)));
    }
    if (!item.serviceObjects().isEmpty()) {
      rows.add(row(w.get("guide.serviceObjects"), Labels.join(item.serviceObjects(), language)));
    }
    rows.add(row(w.get("guide.department"), item.department()));
    rows.add(row(w.get("guide.authority"), w.get("guide.authority.value", item.authority().name(),
        Labels.of(item.authority().level(), language), Labels.of(item.home(), language))));
    item.authority().nature().ifPresent(n -> rows.add(row(w.get("guide.authority.nature"), Labels.of(n, language))));
    item.authority().entrustedBy().ifPresent(e -> rows.add(row(w.get("guide.authority.entrustedBy"), e)));
    item.powerSource().ifPresent(p -> rows.add(row(w.get("guide.powerSource"), Labels.of(p, language))));
    if (!item.jointAgencies().isEmpty()) {
      rows.add(row(w.get("guide.jointAgencies"), String.join(separator, item.jointAgencies())));
    }
    rows.add(row(w.get("guide.levels"), Labels.join(item.levels(), language)));
    level(rows, w, "guide.acceptLevel", item.acceptLevel());
    level(rows, w, "guide.preReview", item.preReview());
    level(rows, w, "guide.approveLevel", item.approveLevel());
    rows.add(row(w.get("guide.scope"), Labels.of(item.scope(), language)));
    rows.add(row(w.get("guide.modes"), item.modes().isEmpty() ? w.get("guide.modes.none") : Labels.join(item.modes(), language)));
    item.projectType().ifPresent(p -> rows.add(row(w.get("guide.projectType"), Labels.of(p, language))));
    rows.add(row(w.get("guide.online"), Labels.of(item.onlineLevel(), language)));
    item.onlineDepth().ifPresent(d -> rows.add(row(w.get("guide.onlineDepth"), Labels.of(d, language))));
    item.channels().flatMap(Channels::onlineUrl).ifPresent(u -> {
      u.pc().ifPresent(pc -> rows.add(row(w.get("guide.onlineUrl.pc"), pc)));
      u.mobile().ifPresent(m -> rows.add(row(w.get("guide.onlineUrl.mobile"), m)));
    });
    rows.add(row(w.get("guide.trips"), w.get("guide.trips.value", item.trips())));
    item.quantityLimit().ifPresent(q -> rows.add(row(w.get("guide.quantityLimit"), q)));
    rows.add(row(w.get("guide.validity"), item.validity().to()
        .map(to -> w.get("guide.validity.closed", item.version(), item.validity().from().toString(), to.toString()))
        .orElseGet(() -> w.get("guide.validity.open", item.version(), item.validity().from().toString()))));
    return rows;
  }

  private static void codes(ItemCodes codes, Words w, List<List<List<Doc.Span>>> rows) {
    rows.add(row(w.get("guide.codes.catalog"), codes.catalog()));
    codes.task().ifPresent(t -> rows.add(row(w.get("guide.codes.task"), t)));
    codes.handleItem().ifPresent(h -> rows.add(row(w.get("guide.codes.handleItem"), h)));
  }

  private static void level(List<List<List<Doc.Span>>> rows, Words w, String key, Optional<RegionLevel> level) {
    level.ifPresent(l -> rows.add(row(w.get(key), Labels.of(l, w.language()))));
  }

  /**
   * The legal bases: one list under one heading while no basis says what it is for (as before the
   * kinds existed); else a list per kind (设定, 实施, 监管依据), then the bases of no stated kind.
   */
  static void legalBases(Doc doc, ServiceItem item, Words w) {
    if (item.legalBases().stream().allMatch(b -> b.kind().isEmpty())) {
      doc.heading(1, w.get("guide.legalBasis"));
      doc.bullets(citations(item.legalBases()));
      return;
    }
    doc.heading(1, w.get("guide.legalBases"));
    for (BasisKind kind : BasisKind.values()) {
      List<LegalBasis> of = item.legalBases().stream().filter(b -> b.kind().orElse(null) == kind).toList();
      if (!of.isEmpty()) {
        doc.heading(2, w.get("guide.legalBasis.kind." + kind.yamlName()));
        doc.bullets(citations(of));
      }
    }
    List<LegalBasis> unstated = item.legalBases().stream().filter(b -> b.kind().isEmpty()).toList();
    if (!unstated.isEmpty()) {
      doc.heading(2, w.get("guide.legalBasis.kind.none"));
      doc.bullets(citations(unstated));
    }
  }

  private static List<List<Doc.Span>> citations(List<LegalBasis> bases) {
    return bases.stream().map(b -> List.of(Doc.Span.plain(b.citation()))).toList();
  }

  /** The materials table, and who may not hand a material in later when the item says so. */
  static void materials(Doc doc, Catalogue catalogue, ServiceItem item, Words w) {
    doc.table(List.of(w.get("guide.material"), w.get("guide.material.form"), w.get("guide.material.source"),
        w.get("guide.material.requirement"), w.get("guide.material.notes")),
        item.materials().stream().map(m -> material(catalogue, item, m, w)).toList());
    item.deferralExcludedWhen().ifPresent(c ->
        doc.para(Doc.Span.plain(w.get("guide.material.deferralExcluded", Wording.of(catalogue, c, w.language())))));
  }

  private static List<List<Doc.Span>> material(Catalogue catalogue, ServiceItem item, Material m, Words w) {
    Language language = w.language();
    String source = (m.source().exempts()
        ? m.source().provider().map(p -> w.get("guide.material.exempt", Labels.of(m.source().kind(), language), p))
            .orElseGet(() -> w.get("guide.material.exemptAlone", Labels.of(m.source().kind(), language)))
        : Labels.of(m.source().kind(), language))
        + m.source().issuer().map(i -> w.get("guide.material.issuer", i)).orElse("");
    List<String> requirement = new ArrayList<>();
    if (m.essential()) {
      requirement.add(w.get("guide.material.essential"));
    }
    if (m.deferrable()) {
      requirement.add(w.get("guide.material.deferrable"));
    }
    if (m.creditDeferrable()) {
      requirement.add(w.get("guide.material.creditDeferrable"));
    }
    m.requiredWhen().ifPresent(c -> requirement.add(w.get("guide.material.when", Wording.of(catalogue, c, language))));
    List<String> notes = new ArrayList<>();
    m.notes().ifPresent(notes::add);
    m.basis().ifPresent(b -> notes.add(w.get("guide.material.basis", citation(item, b))));
    m.acceptStandard().ifPresent(s -> notes.add(w.get("guide.material.acceptStandard", s)));
    String form = w.get("guide.material.copies", Labels.of(m.form(), language), m.copies())
        + m.paper().map(p -> w.get("guide.material.paper", Labels.of(p.size(), language))).orElse("");
    return List.of(List.of(m.source().exempts() ? new Doc.Span(m.name(), Doc.Style.STRIKE) : Doc.Span.plain(m.name())),
        cell(form), cell(source), cell(String.join(w.get("list.clauses"), requirement)), cell(String.join(w.get("list.clauses"), notes)));
  }

  /** The time limits, then the special procedures an application may go through and how they bear on the due date. */
  static void timeLimit(Doc doc, ServiceItem item, Words w) {
    TimeLimit t = item.timeLimit();
    String limits = t.instant() ? w.get("guide.timeLimit.instant", t.statutory()) : w.get("guide.timeLimit.days", t.statutory(), t.promised());
    doc.para(t.excludedSteps().isEmpty() ? limits
        : limits + w.get("guide.timeLimit.excluded", String.join(w.get("list.separator"), t.excludedSteps())));
    if (!item.specialProcedures().isEmpty()) {
      doc.heading(2, w.get("guide.specialProcedures"));
      doc.bullets(item.specialProcedures().stream().map(p -> specialProcedure(item, p, w)).toList());
    }
  }

  private static List<Doc.Span> specialProcedure(ServiceItem item, SpecialProcedure p, Words w) {
    List<String> details = new ArrayList<>();
    details.add(w.get("guide.specialProcedure.max." + p.unit().yamlName(), p.maxDays()));
    details.add(w.get(p.countsTowardStatutory() ? "guide.specialProcedure.counted" : "guide.specialProcedure.notCounted"));
    p.basis().ifPresent(b -> details.add(w.get("guide.specialProcedure.basis", citation(item, b))));
    p.fee().ifPresent(f -> details.add(!f.charged() ? w.get("guide.specialProcedure.free")
        : f.basis().map(b -> w.get("guide.specialProcedure.chargedBasis", citation(item, b))).orElseGet(() -> w.get("guide.specialProcedure.charged"))));
    String name = p.name().orElseGet(() -> Labels.of(p.kind(), w.language()));
    return List.of(new Doc.Span(name, Doc.Style.STRONG), Doc.Span.plain(w.get("guide.specialProcedure.details",
        String.join(w.get("list.clauses"), details))));
  }

  /** The fee, its basis and notes, and whether it may be reduced or waived. */
  static String fee(ServiceItem item, Words w) {
    Fee fee = item.fee();
    String amount = fee.isFree() ? w.get("guide.fee.free") : w.get("guide.fee.amount", fee.amount().toPlainString(),
        fee.basis().flatMap(item::legalBasis).map(b -> w.get("guide.fee.basis", b.citation())).orElse(""));
    String relief = fee.relief().map(r -> r.allowed()
        ? w.get("guide.fee.relief.allowed", r.basis().map(b -> w.get("guide.fee.basis", b)).orElse(""))
        : w.get("guide.fee.relief.none")).orElse("");
    return amount + fee.notes().map(n -> w.get("guide.fee.notes", n)).orElse("") + relief;
  }

  /** What the item gives the applicant (审批结果). */
  static void result(Doc doc, ServiceItem item, Words w) {
    if (item.result().isEmpty()) {
      return;
    }
    ItemResult r = item.result().get();
    List<String> lines = new ArrayList<>();
    lines.add(w.get("guide.result.type", Labels.of(r.type(), w.language())));
    r.name().ifPresent(n -> lines.add(w.get("guide.result.name", n)));
    r.sample().ifPresent(s -> lines.add(w.get("guide.result.sample", s)));
    lines.add(w.get(r.toLicenceLibrary() ? "guide.result.licenceLibrary" : "guide.result.noLicenceLibrary"));
    doc.heading(1, w.get("guide.result"));
    doc.bullets(lines.stream().map(l -> List.of(Doc.Span.plain(l))).toList());
  }

  /** The channels and conveniences (预约, 网上支付, 物流快递, 自助终端), and why the applicant must come in person. */
  static void channels(Doc doc, ServiceItem item, Words w) {
    if (item.channels().isEmpty()) {
      return;
    }
    Channels c = item.channels().get();
    List<String> lines = new ArrayList<>();
    c.appointment().ifPresent(a -> lines.add(!a.supported() ? w.get("guide.channels.appointment.no")
        : w.get("guide.channels.appointment.yes") + a.dailyQuota().map(q -> w.get("guide.channels.appointment.quota", q)).orElse("")
            + a.rules().map(r -> w.get("guide.channels.appointment.rules", r)).orElse("")));
    if (!item.fee().isFree() || c.onlinePayment()) {
      lines.add(w.get(c.onlinePayment() ? "guide.channels.payment.yes" : "guide.channels.payment.no"));
    }
    c.express().ifPresent(e -> lines.add(w.get("guide.channels.express", String.join(w.get("list.clauses"),
        w.get(e.materials() ? "guide.channels.express.materials.yes" : "guide.channels.express.materials.no"),
        w.get(e.results() ? "guide.channels.express.results.yes" : "guide.channels.express.results.no")))));
    lines.add(w.get(c.selfServiceTerminal() ? "guide.channels.terminal.yes" : "guide.channels.terminal.no"));
    if (item.trips() > 0) {
      c.onSiteReason().ifPresent(r -> lines.add(w.get("guide.channels.onSite", r)));
    }
    doc.heading(1, w.get("guide.channels"));
    doc.bullets(lines.stream().map(l -> List.of(Doc.Span.plain(l))).toList());
  }

  /**
   * The local authorities and contacts, region by region; then, where a region says so, how to ask
   * and complain there (咨询, 监督投诉) and where to seek administrative review or bring a lawsuit.
   */
  static void local(Doc doc, Catalogue catalogue, ServiceItem item, Words w) {
    if (item.local().isEmpty()) {
      return;
    }
    Map<String, LocalInfo> byRegion = new TreeMap<>(item.local());
    Function<String, String> regionName = code -> catalogue.regions().region(code).map(r -> r.name()).orElse(code);
    doc.heading(1, w.get("guide.local"));
    List<List<List<Doc.Span>>> rows = new ArrayList<>();
    byRegion.forEach((code, l) -> rows.add(List.of(cell(regionName.apply(code)), cell(l.authorityName().orElse("")),
        cell(l.address().orElse("")), cell(l.phone().orElse("")),
        List.of(Doc.Span.plain(l.hours().orElse("")), Doc.Span.plain(l.window().map(x -> " " + x).orElse(""))))));
    doc.table(List.of(w.get("guide.local.region"), w.get("guide.local.authority"), w.get("guide.local.address"),
        w.get("guide.local.phone"), w.get("guide.local.hours")), rows);
    List<List<List<Doc.Span>>> contacts = new ArrayList<>();
    List<List<List<Doc.Span>>> remedies = new ArrayList<>();
    byRegion.forEach((code, l) -> {
      if (l.consult().isPresent() || l.complaint().isPresent()) {
        contacts.add(List.of(cell(regionName.apply(code)), cell(l.consult().map(c -> consult(c, w)).orElse("")),
            cell(l.complaint().map(c -> complaint(c, w)).orElse(""))));
      }
      l.remedies().ifPresent(r -> remedies.add(List.of(cell(regionName.apply(code)),
          cell(r.review().map(x -> remedy(x, w)).orElse("")), cell(r.litigation().map(x -> remedy(x, w)).orElse("")))));
    });
    if (!contacts.isEmpty()) {
      doc.heading(2, w.get("guide.local.contacts"));
      doc.table(List.of(w.get("guide.local.region"), w.get("guide.local.consult"), w.get("guide.local.complaint")), contacts);
    }
    if (!remedies.isEmpty()) {
      doc.heading(2, w.get("guide.local.remedies"));
      doc.table(List.of(w.get("guide.local.region"), w.get("guide.local.review"), w.get("guide.local.litigation")), remedies);
    }
  }

  private static String consult(Consult c, Words w) {
    return contact(w, c.window(), c.phone(), c.url(), c.letter());
  }

  private static String complaint(Complaint c, Words w) {
    return contact(w, Optional.empty(), c.phone(), c.url(), c.letter());
  }

  private static String contact(Words w, Optional<String> window, Optional<String> phone, Optional<String> url, Optional<String> letter) {
    List<String> parts = new ArrayList<>();
    window.ifPresent(x -> parts.add(w.get("guide.contact.window", x)));
    phone.ifPresent(x -> parts.add(w.get("guide.contact.phone", x)));
    url.ifPresent(x -> parts.add(w.get("guide.contact.url", x)));
    letter.ifPresent(x -> parts.add(w.get("guide.contact.letter", x)));
    return String.join(w.get("list.clauses"), parts);
  }

  private static String remedy(Remedies.Remedy r, Words w) {
    List<String> parts = new ArrayList<>(List.of(r.department()));
    r.address().ifPresent(x -> parts.add(w.get("guide.contact.address", x)));
    r.phone().ifPresent(x -> parts.add(w.get("guide.contact.phone", x)));
    return String.join(w.get("list.clauses"), parts);
  }

  /** The applicant's rights and duties (申请人权利和义务). */
  static void rightsAndDuties(Doc doc, ServiceItem item, Words w) {
    RightsAndDuties rd = item.rightsAndDuties().orElse(new RightsAndDuties(List.of(), List.of()));
    if (rd.rights().isEmpty() && rd.duties().isEmpty()) {
      return;
    }
    doc.heading(1, w.get("guide.rightsAndDuties"));
    if (!rd.rights().isEmpty()) {
      doc.heading(2, w.get("guide.rights"));
      doc.bullets(rd.rights().stream().map(r -> List.of(Doc.Span.plain(r))).toList());
    }
    if (!rd.duties().isEmpty()) {
      doc.heading(2, w.get("guide.duties"));
      doc.bullets(rd.duties().stream().map(d -> List.of(Doc.Span.plain(d))).toList());
    }
  }

  /** The frequently asked questions (常见问题), each with its answer. */
  static void faq(Doc doc, ServiceItem item, Words w) {
    if (item.faq().isEmpty()) {
      return;
    }
    doc.heading(1, w.get("guide.faq"));
    doc.bullets(item.faq().stream().map(f -> List.of(new Doc.Span(f.question(), Doc.Style.STRONG),
        Doc.Span.plain(w.get("guide.faq.answer", f.answer())))).toList());
  }

  /** Where the item is found when browsing (主题分类, 人生事件). */
  static void topics(Doc doc, ServiceItem item, Words w) {
    Topics t = item.topics().orElse(new Topics(List.of(), List.of(), List.of()));
    String separator = w.get("list.separator");
    List<List<Doc.Span>> lines = new ArrayList<>();
    if (!t.naturalPerson().isEmpty()) {
      lines.add(List.of(Doc.Span.plain(w.get("guide.topics.naturalPerson", String.join(separator, t.naturalPerson())))));
    }
    if (!t.legalPerson().isEmpty()) {
      lines.add(List.of(Doc.Span.plain(w.get("guide.topics.legalPerson", String.join(separator, t.legalPerson())))));
    }
    if (!t.lifeEvents().isEmpty()) {
      lines.add(List.of(Doc.Span.plain(w.get("guide.topics.lifeEvents", String.join(separator, t.lifeEvents())))));
    }
    if (!lines.isEmpty()) {
      doc.heading(1, w.get("guide.topics"));
      doc.bullets(lines);
    }
  }

  /** The citation of the item's legal basis {@code id}; the id itself if the item has none such (the loader refuses that). */
  private static String citation(ServiceItem item, String id) {
    return item.legalBasis(id).map(LegalBasis::citation).orElse(id);
  }

  static List<List<Doc.Span>> row(String element, String value) {
    return List.of(cell(element), cell(value));
  }

  static List<Doc.Span> cell(String text) {
    return List.of(Doc.Span.plain(text));
  }
}
