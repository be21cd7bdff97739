package io.github.tongban.present;

import io.github.tongban.core.model.Catalogue;
import io.github.tongban.core.model.Channels;
import io.github.tongban.core.model.Complaint;
import io.github.tongban.core.model.Consult;
import io.github.tongban.core.model.Faq;
import io.github.tongban.core.model.FeeRelief;
import io.github.tongban.core.model.ItemCodes;
import io.github.tongban.core.model.ItemResult;
import io.github.tongban.core.model.Paper;
import io.github.tongban.core.model.Remedies;
import io.github.tongban.core.model.RightsAndDuties;
import io.github.tongban.core.model.SpecialProcedure;
import io.github.tongban.core.model.Topics;
import io.github.tongban.core.model.Form;
import io.github.tongban.core.model.Intermediary;
import io.github.tongban.core.model.LegalBasis;
import io.github.tongban.core.model.LocalInfo;
import io.github.tongban.core.model.Material;
import io.github.tongban.core.model.ProcessStep;
import io.github.tongban.core.model.Region;
import io.github.tongban.core.model.Scenario;
import io.github.tongban.core.model.ServiceItem;
import io.github.tongban.present.CatalogueDiff.Subject;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The item part of a catalogue diff: every element of every item, compared one by one and said
 * in words. Each component of {@link ServiceItem} has its comparison here; a component added to
 * the model without one fails every diff loudly rather than being skipped.
 */
final class ItemDiff {
  /**
   * Elements that may change without changing the item's standard: its bookkeeping, the names
   * people search it by, and its local facts.
   */
  static final Set<String> NON_STANDARD = Set.of("version", "validity", "aliases", "local");

  private final DiffRecorder r;
  private final Catalogue ca;
  private final Catalogue cb;

  ItemDiff(DiffRecorder recorder, Catalogue before, Catalogue after) {
    this.r = recorder;
    this.ca = before;
    this.cb = after;
  }

  void run() {
    Set<String> codes = new TreeSet<>();
    ca.items().forEach(i -> codes.add(i.code()));
    cb.items().forEach(i -> codes.add(i.code()));
    for (String code : codes) {
      item(code, ca.versions(code), cb.versions(code));
    }
  }

  private void item(String code, List<ServiceItem> va, List<ServiceItem> vb) {
    ServiceItem named = vb.isEmpty() ? va.get(va.size() - 1) : vb.get(vb.size() - 1);
    r.about(Subject.ITEM, code, named.name(), true);
    if (va.isEmpty() || vb.isEmpty()) {
      va.forEach(v -> r.removed(r.t("el.item"), summary(v)));
      vb.forEach(v -> r.added(r.t("el.item"), summary(v)));
      return;
    }
    if (va.size() == 1 && vb.size() == 1) {
      compare("", va.get(0), vb.get(0), true);
      return;
    }
    Map<String, ServiceItem> a = DiffRecorder.index(va, ServiceItem::version);
    Map<String, ServiceItem> b = DiffRecorder.index(vb, ServiceItem::version);
    Set<String> versions = new LinkedHashSet<>(a.keySet());
    versions.addAll(b.keySet());
    for (String v : versions) {
      ServiceItem x = a.get(v);
      ServiceItem y = b.get(v);
      if (x != null && y != null) {
        compare(r.t("w.version", v), x, y, false);
      } else {
        r.standard(false);
        if (x == null) {
          r.added(r.t("el.version"), summary(y));
          ServiceItem base = baseline(va, y);
          compare(r.t("w.versionAgainst", v, base.version()), base, y, false);
        } else {
          r.removed(r.t("el.version"), summary(x));
        }
      }
    }
  }

  /** The old version a new one replaces: the last one starting no later than it, else the first. */
  private static ServiceItem baseline(List<ServiceItem> old, ServiceItem added) {
    ServiceItem base = old.get(0);
    for (ServiceItem o : old) {
      if (!o.validity().from().isAfter(added.validity().from())) {
        base = o;
      }
    }
    return base;
  }

  private String summary(ServiceItem i) {
    return r.t("w.item", i.name(), i.version(), r.validity(i.validity()));
  }

  private String el(String prefix, String key) {
    return r.element(prefix, key);
  }

  private void compare(String p, ServiceItem x, ServiceItem y, boolean withVersion) {
    for (RecordComponent c : ServiceItem.class.getRecordComponents()) {
      r.standard(!NON_STANDARD.contains(c.getName()));
      switch (c.getName()) {
        case "code" -> { }
        case "name" -> r.change(el(p, "name"), x.name(), y.name());
        case "aliases" -> r.members(el(p, "aliases"), x.aliases(), y.aliases());
        case "type" -> r.change(el(p, "type"), r.label(x.type(), x.type().label()), r.label(y.type(), y.type().label()));
        case "department" -> r.change(el(p, "department"), x.department(), y.department());
        case "version" -> {
          if (withVersion) {
            r.change(el(p, "version"), x.version(), y.version());
          }
        }
        case "validity" -> r.change(el(p, "validity"), r.validity(x.validity()), r.validity(y.validity()));
        case "legalBases" -> r.keyed(el(p, "legalBasis"), x.legalBases(), y.legalBases(), LegalBasis::id, b -> "", LegalBasis::citation,
            (e, m, n) -> {
              r.change(el(e, "legalBasis.title"), m.title(), n.title());
              r.change(el(e, "legalBasis.article"), m.article(), n.article());
              r.change(el(e, "url"), m.url(), n.url());
              r.change(el(e, "legalBasis.kind"), m.kind().map(this::label), n.kind().map(this::label));
            });
        case "levels" -> r.members(el(p, "levels"), x.levels().stream().map(l -> r.label(l, l.label())).toList(),
            y.levels().stream().map(l -> r.label(l, l.label())).toList());
        case "authority" -> {
          r.change(el(p, "authority.name"), x.authority().name(), y.authority().name());
          r.change(el(p, "authority.level"), r.label(x.authority().level(), x.authority().level().label()),
              r.label(y.authority().level(), y.authority().level().label()));
          r.change(el(p, "authority.nature"), x.authority().nature().map(this::label), y.authority().nature().map(this::label));
          r.change(el(p, "authority.entrustedBy"), x.authority().entrustedBy(), y.authority().entrustedBy());
        }
        case "conditions" -> r.condition(el(p, "conditions"), ca, x, x.conditions(), cb, y, y.conditions());
        case "scenarios" -> r.keyed(el(p, "scenario"), x.scenarios(), y.scenarios(), Scenario::id, Scenario::name,
            s -> scenario(s, ca, x), s -> scenario(s, cb, y), (e, m, n) -> {
              r.change(el(e, "name"), m.name(), n.name());
              r.condition(el(e, "scenario.when"), ca, x, m.when(), cb, y, n.when());
              r.condition(el(e, "scenario.conditions"), ca, x, m.conditions(), cb, y, n.conditions());
              r.members(el(e, "scenario.materials"), m.materials(), n.materials(), id -> materialName(x, id), id -> materialName(y, id));
              r.change(el(e, "scenario.code"), m.code(), n.code());
            });
        case "materials" -> materials(p, x, y);
        case "timeLimit" -> {
          r.change(el(p, "timeLimit.statutory"), r.days(x.timeLimit().statutory()), r.days(y.timeLimit().statutory()));
          r.change(el(p, "timeLimit.promised"), r.days(x.timeLimit().promised()), r.days(y.timeLimit().promised()));
          r.change(el(p, "timeLimit.instant"), r.yesNo(x.timeLimit().instant()), r.yesNo(y.timeLimit().instant()));
          r.members(el(p, "timeLimit.excludedSteps"), x.timeLimit().excludedSteps(), y.timeLimit().excludedSteps());
        }
        case "trips" -> r.change(el(p, "trips"), r.t("w.trips", x.trips()), r.t("w.trips", y.trips()));
        case "fee" -> {
          r.change(el(p, "fee.amount"), r.yuan(x.fee().amount()), r.yuan(y.fee().amount()));
          r.change(el(p, "fee.basis"), x.fee().basis().map(id -> citation(x, id)), y.fee().basis().map(id -> citation(y, id)));
          r.change(el(p, "fee.notes"), x.fee().notes(), y.fee().notes());
          r.change(el(p, "fee.relief"), x.fee().relief().map(this::relief), y.fee().relief().map(this::relief));
        }
        case "onlineLevel" -> r.change(el(p, "onlineLevel"), r.label(x.onlineLevel(), x.onlineLevel().label()),
            r.label(y.onlineLevel(), y.onlineLevel().label()));
        case "intermediaries" -> r.keyed(el(p, "intermediary"), x.intermediaries(), y.intermediaries(), Intermediary::name, i -> "",
            i -> r.fields(List.of(i.name(), r.field(r.t("el.intermediary.required"), r.yesNo(i.required())))), (e, m, n) -> {
              r.change(el(e, "intermediary.required"), r.yesNo(m.required()), r.yesNo(n.required()));
              r.change(el(e, "basis"), m.basis().map(id -> citation(x, id)), n.basis().map(id -> citation(y, id)));
            });
        case "process" -> process(p, x, y);
        case "delivery" -> r.members(el(p, "delivery"), x.delivery().stream().map(d -> r.label(d, d.label())).toList(),
            y.delivery().stream().map(d -> r.label(d, d.label())).toList());
        case "scope" -> r.change(el(p, "scope"), r.label(x.scope(), x.scope().label()), r.label(y.scope(), y.scope().label()));
        case "modes" -> r.members(el(p, "modes"), x.modes().stream().map(m -> r.label(m, m.label())).toList(),
            y.modes().stream().map(m -> r.label(m, m.label())).toList());
        case "home" -> r.change(el(p, "home"), r.label(x.home(), x.home().label()), r.label(y.home(), y.home().label()));
        case "forms" -> r.keyed(el(p, "form"), x.forms(), y.forms(), Form::name, f -> "",
            f -> f.url().map(u -> r.fields(List.of(f.name(), u))).orElse(f.name()),
            (e, m, n) -> r.change(el(e, "url"), m.url(), n.url()));
        case "reviewPoints" -> r.members(el(p, "reviewPoints"), x.reviewPoints(), y.reviewPoints());
        case "specialServices" -> r.members(el(p, "specialServices"), x.specialServices().stream().map(s -> r.label(s, s.label())).toList(),
            y.specialServices().stream().map(s -> r.label(s, s.label())).toList());
        case "local" -> r.keyed(el(p, "local"), new ArrayList<>(new TreeMap<>(x.local()).entrySet()),
            new ArrayList<>(new TreeMap<>(y.local()).entrySet()), Map.Entry::getKey, e -> regionName(e.getKey()),
            e -> local(e.getValue()), (e, m, n) -> {
              LocalInfo u = m.getValue();
              LocalInfo v = n.getValue();
              r.change(el(e, "local.authorityName"), u.authorityName(), v.authorityName());
              r.change(el(e, "local.address"), u.address(), v.address());
              r.change(el(e, "local.phone"), u.phone(), v.phone());
              r.change(el(e, "local.hours"), u.hours(), v.hours());
              r.change(el(e, "local.window"), u.window(), v.window());
              r.change(el(e, "local.consult"), u.consult().map(this::consult), v.consult().map(this::consult));
              r.change(el(e, "local.complaint"), u.complaint().map(this::complaint), v.complaint().map(this::complaint));
              r.change(el(e, "local.remedies"), u.remedies().map(this::remedies), v.remedies().map(this::remedies));
            });
        case "codes" -> {
          r.change(el(p, "codes.catalog"), x.codes().map(ItemCodes::catalog), y.codes().map(ItemCodes::catalog));
          r.change(el(p, "codes.task"), x.codes().flatMap(ItemCodes::task), y.codes().flatMap(ItemCodes::task));
          r.change(el(p, "codes.handleItem"), x.codes().flatMap(ItemCodes::handleItem), y.codes().flatMap(ItemCodes::handleItem));
        }
        case "serviceObjects" -> r.members(el(p, "serviceObjects"), labels(x.serviceObjects()), labels(y.serviceObjects()));
        case "status" -> r.change(el(p, "status"), label(x.status()), label(y.status()));
        case "plannedCancellation" -> r.change(el(p, "plannedCancellation"), x.plannedCancellation().map(LocalDate::toString),
            y.plannedCancellation().map(LocalDate::toString));
        case "powerSource" -> r.change(el(p, "powerSource"), x.powerSource().map(this::label), y.powerSource().map(this::label));
        case "jointAgencies" -> r.members(el(p, "jointAgencies"), x.jointAgencies(), y.jointAgencies());
        case "acceptLevel" -> r.change(el(p, "acceptLevel"), x.acceptLevel().map(this::label), y.acceptLevel().map(this::label));
        case "approveLevel" -> r.change(el(p, "approveLevel"), x.approveLevel().map(this::label), y.approveLevel().map(this::label));
        case "preReview" -> r.change(el(p, "preReview"), x.preReview().map(this::label), y.preReview().map(this::label));
        case "quantityLimit" -> r.change(el(p, "quantityLimit"), x.quantityLimit(), y.quantityLimit());
        case "projectType" -> r.change(el(p, "projectType"), x.projectType().map(this::label), y.projectType().map(this::label));
        case "specialProcedures" -> r.keyed(el(p, "specialProcedure"), x.specialProcedures(), y.specialProcedures(),
            SpecialProcedure::displayName, sp -> "", sp -> procedure(sp, x), sp -> procedure(sp, y),
            (e, m, n) -> r.change(e, procedure(m, x), procedure(n, y)));
        case "result" -> r.change(el(p, "result"), x.result().map(this::result), y.result().map(this::result));
        case "channels" -> r.change(el(p, "channels"), x.channels().map(this::channels), y.channels().map(this::channels));
        case "onlineDepth" -> r.change(el(p, "onlineDepth"), x.onlineDepth().map(this::label), y.onlineDepth().map(this::label));
        case "deferralExcludedWhen" -> r.condition(el(p, "deferralExcludedWhen"), ca, x, x.deferralExcludedWhen(), cb, y,
            y.deferralExcludedWhen());
        case "rightsAndDuties" -> {
          r.members(el(p, "rights"), texts(x.rightsAndDuties(), RightsAndDuties::rights), texts(y.rightsAndDuties(), RightsAndDuties::rights));
          r.members(el(p, "duties"), texts(x.rightsAndDuties(), RightsAndDuties::duties), texts(y.rightsAndDuties(), RightsAndDuties::duties));
        }
        case "faq" -> r.keyed(el(p, "faq"), x.faq(), y.faq(), Faq::question, f -> "", Faq::answer,
            (e, m, n) -> r.change(el(e, "faq.answer"), m.answer(), n.answer()));
        case "topics" -> {
          r.members(el(p, "topics.naturalPerson"), texts(x.topics(), Topics::naturalPerson), texts(y.topics(), Topics::naturalPerson));
          r.members(el(p, "topics.legalPerson"), texts(x.topics(), Topics::legalPerson), texts(y.topics(), Topics::legalPerson));
          r.members(el(p, "topics.lifeEvents"), texts(x.topics(), Topics::lifeEvents), texts(y.topics(), Topics::lifeEvents));
        }
        default -> throw new IllegalStateException("the catalogue diff does not compare the item element " + c.getName());
      }
    }
  }

  private void materials(String p, ServiceItem x, ServiceItem y) {
    r.keyed(el(p, "material"), x.materials(), y.materials(), Material::id, Material::name, m -> material(m, ca, x), m -> material(m, cb, y),
        (e, m, n) -> {
          r.change(el(e, "name"), m.name(), n.name());
          r.change(el(e, "material.form"), r.label(m.form(), m.form().label()), r.label(n.form(), n.form().label()));
          r.change(el(e, "material.copies"), r.t("w.copies", m.copies()), r.t("w.copies", n.copies()));
          r.change(el(e, "material.source"), source(m), source(n));
          r.change(el(e, "material.essential"), r.yesNo(m.essential()), r.yesNo(n.essential()));
          r.change(el(e, "material.deferrable"), r.yesNo(m.deferrable()), r.yesNo(n.deferrable()));
          r.condition(el(e, "material.requiredWhen"), ca, x, m.requiredWhen(), cb, y, n.requiredWhen());
          r.change(el(e, "notes"), m.notes(), n.notes());
          r.change(el(e, "basis"), m.basis().map(id -> citation(x, id)), n.basis().map(id -> citation(y, id)));
          r.change(el(e, "material.acceptStandard"), m.acceptStandard(), n.acceptStandard());
          r.change(el(e, "material.paper"), m.paper().map(Paper::size).map(this::label), n.paper().map(Paper::size).map(this::label));
          r.change(el(e, "material.creditDeferrable"), r.yesNo(m.creditDeferrable()), r.yesNo(n.creditDeferrable()));
        });
  }

  private void process(String p, ServiceItem x, ServiceItem y) {
    r.keyed(el(p, "process.step"), x.process(), y.process(), ProcessStep::name, s -> "", this::step, (e, m, n) -> {
      r.change(el(e, "process.actor"), m.actor(), n.actor());
      r.change(el(e, "process.description"), m.description(), n.description());
    });
  }

  private String step(ProcessStep s) {
    List<String> parts = new ArrayList<>(List.of(s.name()));
    s.actor().ifPresent(v -> parts.add(r.field(r.t("el.process.actor"), v)));
    s.description().ifPresent(v -> parts.add(r.field(r.t("el.process.description"), v)));
    return r.fields(parts);
  }

  private String scenario(Scenario s, Catalogue c, ServiceItem in) {
    List<String> parts = new ArrayList<>(List.of(s.name()));
    s.when().ifPresent(w -> parts.add(r.field(r.t("el.scenario.when"), r.condition(c, in, w))));
    s.conditions().ifPresent(w -> parts.add(r.field(r.t("el.scenario.conditions"), r.condition(c, in, w))));
    parts.add(r.field(r.t("el.scenario.materials"), r.join(s.materials().stream().map(id -> materialName(in, id)).toList())));
    return r.fields(parts);
  }

  private String material(Material m, Catalogue c, ServiceItem in) {
    List<String> parts = new ArrayList<>(List.of(m.name(), r.label(m.form(), m.form().label()), r.t("w.copies", m.copies()), source(m)));
    if (m.essential()) {
      parts.add(r.t("el.material.essential"));
    }
    if (m.deferrable()) {
      parts.add(r.t("el.material.deferrable"));
    }
    if (m.creditDeferrable()) {
      parts.add(r.t("el.material.creditDeferrable"));
    }
    m.requiredWhen().ifPresent(w -> parts.add(r.field(r.t("el.material.requiredWhen"), r.condition(c, in, w))));
    return r.fields(parts);
  }

  private String source(Material m) {
    String kind = r.label(m.source().kind(), m.source().kind().label());
    String source = m.source().provider().map(p -> r.t("w.source", kind, p)).orElse(kind);
    return m.source().issuer().map(i -> r.fields(List.of(source, r.field(r.t("el.material.issuer"), i)))).orElse(source);
  }

  private String label(Enum<?> value) {
    return r.label(value, "");
  }

  private List<String> labels(List<? extends Enum<?>> values) {
    return values.stream().map(this::label).toList();
  }

  private static <T> List<String> texts(Optional<T> block, Function<T, List<String>> part) {
    return block.map(part).orElse(List.of());
  }

  private String procedure(SpecialProcedure sp, ServiceItem in) {
    List<String> parts = new ArrayList<>(List.of(sp.displayName(), r.t("w.maxDays", sp.maxDays(), label(sp.unit()))));
    sp.basis().ifPresent(id -> parts.add(r.field(r.t("el.basis"), citation(in, id))));
    sp.fee().ifPresent(f -> parts.add(f.charged() ? r.t("w.charged") : r.t("w.free")));
    parts.add(r.t(sp.countsTowardStatutory() ? "w.countsToward" : "w.notCountsToward"));
    return r.fields(parts);
  }

  private String result(ItemResult result) {
    List<String> parts = new ArrayList<>(List.of(label(result.type())));
    result.name().ifPresent(parts::add);
    result.sample().ifPresent(v -> parts.add(r.field(r.t("el.result.sample"), v)));
    if (result.toLicenceLibrary()) {
      parts.add(r.t("w.toLicenceLibrary"));
    }
    return r.fields(parts);
  }

  private String channels(Channels c) {
    List<String> parts = new ArrayList<>();
    c.appointment().filter(Channels.Appointment::supported).ifPresent(a -> parts.add(a.dailyQuota()
        .map(q -> r.t("w.channel.quota", q)).orElse(r.t("w.channel.appointment"))));
    if (c.onlinePayment()) {
      parts.add(r.t("w.channel.onlinePayment"));
    }
    c.express().filter(Channels.Express::materials).ifPresent(e -> parts.add(r.t("w.channel.expressMaterials")));
    c.express().filter(Channels.Express::results).ifPresent(e -> parts.add(r.t("w.channel.expressResults")));
    if (c.selfServiceTerminal()) {
      parts.add(r.t("w.channel.terminal"));
    }
    c.onSiteReason().ifPresent(v -> parts.add(r.field(r.t("el.channels.onSiteReason"), v)));
    c.onlineUrl().flatMap(Channels.OnlineUrl::pc).ifPresent(v -> parts.add(r.field(r.t("el.channels.pc"), v)));
    c.onlineUrl().flatMap(Channels.OnlineUrl::mobile).ifPresent(v -> parts.add(r.field(r.t("el.channels.mobile"), v)));
    return parts.isEmpty() ? r.t("w.nothing") : r.fields(parts);
  }

  private String relief(FeeRelief relief) {
    String allowed = r.t(relief.allowed() ? "w.relief.allowed" : "w.relief.notAllowed");
    return relief.basis().map(b -> r.fields(List.of(allowed, r.field(r.t("el.basis"), b)))).orElse(allowed);
  }

  private String consult(Consult c) {
    List<String> parts = new ArrayList<>();
    c.window().ifPresent(v -> parts.add(r.field(r.t("el.local.window"), v)));
    c.phone().ifPresent(v -> parts.add(r.field(r.t("el.local.phone"), v)));
    c.url().ifPresent(v -> parts.add(r.field(r.t("el.url"), v)));
    c.letter().ifPresent(v -> parts.add(r.field(r.t("el.local.letter"), v)));
    return parts.isEmpty() ? r.t("w.nothing") : r.fields(parts);
  }

  private String complaint(Complaint c) {
    return consult(new Consult(Optional.empty(), c.phone(), c.url(), c.letter()));
  }

  private String remedies(Remedies remedies) {
    List<String> parts = new ArrayList<>();
    remedies.review().ifPresent(v -> parts.add(r.field(r.t("el.remedies.review"), remedy(v))));
    remedies.litigation().ifPresent(v -> parts.add(r.field(r.t("el.remedies.litigation"), remedy(v))));
    return parts.isEmpty() ? r.t("w.nothing") : r.fields(parts);
  }

  private String remedy(Remedies.Remedy v) {
    List<String> parts = new ArrayList<>(List.of(v.department()));
    v.address().ifPresent(parts::add);
    v.phone().ifPresent(parts::add);
    return r.join(parts);
  }

  private static String materialName(ServiceItem item, String id) {
    return item.material(id).map(m -> id + " " + m.name()).orElse(id);
  }

  private static String citation(ServiceItem item, String basisId) {
    return item.legalBasis(basisId).map(LegalBasis::citation).orElse(basisId);
  }

  private String regionName(String code) {
    return cb.regions().region(code).or(() -> ca.regions().region(code)).map(Region::name).orElse("");
  }

  private String local(LocalInfo l) {
    List<String> parts = new ArrayList<>();
    l.authorityName().ifPresent(v -> parts.add(r.field(r.t("el.local.authorityName"), v)));
    l.address().ifPresent(v -> parts.add(r.field(r.t("el.local.address"), v)));
    l.phone().ifPresent(v -> parts.add(r.field(r.t("el.local.phone"), v)));
    l.hours().ifPresent(v -> parts.add(r.field(r.t("el.local.hours"), v)));
    l.window().ifPresent(v -> parts.add(r.field(r.t("el.local.window"), v)));
    l.consult().ifPresent(v -> parts.add(r.field(r.t("el.local.consult"), consult(v))));
    l.complaint().ifPresent(v -> parts.add(r.field(r.t("el.local.complaint"), complaint(v))));
    l.remedies().ifPresent(v -> parts.add(r.field(r.t("el.local.remedies"), remedies(v))));
    return parts.isEmpty() ? r.t("w.nothing") : r.fields(parts);
  }
}
