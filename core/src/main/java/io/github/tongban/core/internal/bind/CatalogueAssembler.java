package io.github.tongban.core.internal.bind;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.tongban.core.condition.Condition;
import io.github.tongban.core.condition.FactType;
import io.github.tongban.core.condition.Value;
import io.github.tongban.core.internal.Problems;
import io.github.tongban.core.internal.logic.Formulas;
import io.github.tongban.core.internal.yaml.YamlDocument;
import io.github.tongban.core.validation.LoadLimits;
import io.github.tongban.core.validation.ProblemCode;
import io.github.tongban.core.validation.SourceLocation;
import io.github.tongban.core.model.AcceptanceScope;
import io.github.tongban.core.model.Authority;
import io.github.tongban.core.model.Catalogue;
import io.github.tongban.core.model.CatalogueInfo;
import io.github.tongban.core.model.DeliveryMethod;
import io.github.tongban.core.model.FactDefinition;
import io.github.tongban.core.model.Fee;
import io.github.tongban.core.model.Form;
import io.github.tongban.core.model.HandlingMode;
import io.github.tongban.core.model.HomeBasis;
import io.github.tongban.core.model.Intermediary;
import io.github.tongban.core.model.ItemType;
import io.github.tongban.core.model.LegalBasis;
import io.github.tongban.core.model.LocalInfo;
import io.github.tongban.core.model.Material;
import io.github.tongban.core.model.MaterialForm;
import io.github.tongban.core.model.MaterialSource;
import io.github.tongban.core.model.OnlineLevel;
import io.github.tongban.core.model.Parameter;
import io.github.tongban.core.model.ParameterValue;
import io.github.tongban.core.model.ProcessStep;
import io.github.tongban.core.model.Region;
import io.github.tongban.core.model.RegionLevel;
import io.github.tongban.core.model.RegionTree;
import io.github.tongban.core.model.Scenario;
import io.github.tongban.core.model.ServiceItem;
import io.github.tongban.core.model.SourceKind;
import io.github.tongban.core.model.SpecialService;
import io.github.tongban.core.model.TimeLimit;
import io.github.tongban.core.model.Validity;
import io.github.tongban.core.model.WorkingCalendar;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The semantic checks beyond the schema, and the binding of checked documents into the model.
 * Each part is checked first; a part is bound only when its own file has no error, and the
 * whole catalogue is built only when no file has one. Parts are read in dependency order (facts,
 * regions, parameters, calendar, then items), and the checks that need a part that failed are
 * skipped, so one mistake is reported once rather than at every reference to it.
 */
public final class CatalogueAssembler {
  private final Problems problems;
  private final LoadLimits limits;

  private Optional<CatalogueInfo> info = Optional.empty();
  private Optional<Map<String, FactDefinition>> facts = Optional.empty();
  private Optional<Map<String, Parameter>> parameters = Optional.empty();
  private Optional<RegionTree> regions = Optional.empty();
  private final Map<Integer, String> calendarYears = new HashMap<>();
  private final Map<LocalDate, String> holidays = new HashMap<>();
  private final Map<LocalDate, String> workdays = new HashMap<>();
  private boolean calendarBroken;
  private final Map<String, List<Map.Entry<Validity, String>>> itemFiles = new HashMap<>();
  private final List<ServiceItem> items = new ArrayList<>();

  public CatalogueAssembler(Problems problems, LoadLimits limits) {
    this.problems = problems;
    this.limits = limits;
  }

  /** Items assembled whose scenario coverage is not checked yet, with their documents (see {@link #checkCoverage}). */
  private final List<Map.Entry<YamlDocument, ServiceItem>> coverage = new ArrayList<>();

  /** The catalogue, when every part is present and no problem is an error. */
  public Optional<Catalogue> catalogue() {
    checkCoverage();
    if (problems.hasErrors() || info.isEmpty() || facts.isEmpty() || regions.isEmpty() || parameters.isEmpty() || calendarBroken) {
      return Optional.empty();
    }
    WorkingCalendar calendar = new WorkingCalendar(calendarYears.keySet(), holidays, workdays);
    return Optional.of(new Catalogue(info.get(), facts.get().values(), parameters.map(Map::values).orElse(List.of()),
        regions.get(), calendar, items));
  }

  // ---------------------------------------------------------------- catalogue.yaml

  public void catalogueInfo(YamlDocument doc) {
    JsonNode n = doc.root();
    info = Optional.of(new CatalogueInfo(Json.text(n, "name"), Json.text(n, "version"), Json.optText(n, "publisher"),
        Json.bool(n, "illustrative"), Json.optText(n, "notice")));
  }

  // ---------------------------------------------------------------- facts.yaml

  public void facts(YamlDocument doc) {
    int before = problems.size();
    JsonNode list = doc.root().get("facts");
    Set<String> ids = new HashSet<>();
    Map<String, FactDefinition> out = new LinkedHashMap<>();
    for (int i = 0; i < list.size(); i++) {
      JsonNode f = list.get(i);
      String pointer = "/facts/" + i;
      String id = Json.text(f, "id");
      if (!ids.add(id)) {
        problems.add(ProblemCode.ID_DUPLICATE, doc.locate(pointer + "/id"), id);
        continue;
      }
      FactType type = Json.enumValue(FactType.class, Json.text(f, "type"));
      if (type == FactType.ENUM && !f.has("values")) {
        problems.add(ProblemCode.FACT_ENUM_WITHOUT_VALUES, doc.locate(pointer), id);
        continue;
      }
      Optional<BigDecimal> min = Json.optDecimal(f, "min");
      Optional<BigDecimal> max = Json.optDecimal(f, "max");
      if (min.isPresent() && max.isPresent() && min.get().compareTo(max.get()) > 0) {
        problems.add(ProblemCode.FACT_BOUNDS_REVERSED, doc.locate(pointer + "/min"), id, min.get().toPlainString(), max.get().toPlainString());
        continue;
      }
      out.put(id, new FactDefinition(id, type, Json.text(f, "label"), Json.text(f, "question"), Json.optText(f, "unit"),
          Json.texts(f, "values"), min, max, Json.optText(f, "source")));
    }
    if (problems.size() == before) {
      facts = Optional.of(out);
    }
  }

  // ---------------------------------------------------------------- regions.yaml

  public void regions(YamlDocument doc) {
    int before = problems.size();
    List<Region> out = new ArrayList<>();
    Set<String> codes = new HashSet<>();
    record Pending(JsonNode node, String pointer, Optional<String> parent, RegionLevel parentLevel) {}
    Deque<Pending> queue = new ArrayDeque<>();
    queue.add(new Pending(doc.root().get("root"), "/root", Optional.empty(), null));
    while (!queue.isEmpty()) {
      Pending p = queue.poll();
      String code = Json.text(p.node, "code");
      RegionLevel level = Json.enumValue(RegionLevel.class, Json.text(p.node, "level"));
      if (!codes.add(code)) {
        problems.add(ProblemCode.ID_DUPLICATE, doc.locate(p.pointer + "/code"), code);
        continue;
      }
      if (p.parentLevel != null && level.ordinal() <= p.parentLevel.ordinal()) {
        problems.add(ProblemCode.REGION_LEVEL_ORDER, doc.locate(p.pointer + "/level"), code, level.yamlName(), p.parentLevel.yamlName());
      }
      List<String> children = new ArrayList<>();
      JsonNode kids = p.node.path("children");
      for (int i = 0; i < kids.size(); i++) {
        children.add(Json.text(kids.get(i), "code"));
        queue.add(new Pending(kids.get(i), p.pointer + "/children/" + i, Optional.of(code), level));
      }
      out.add(new Region(code, Json.text(p.node, "name"), level, Json.text(p.node, "servicePoint"), p.parent, children));
    }
    if (problems.size() == before) {
      regions = Optional.of(new RegionTree(Json.text(doc.root().get("root"), "code"), out));
    }
  }

  // ---------------------------------------------------------------- parameters.yaml

  /** Records that the catalogue has no parameters file: it has no parameters. */
  public void noParameters() {
    parameters = Optional.of(Map.of());
  }

  public void parameters(YamlDocument doc) {
    int before = problems.size();
    Map<String, Parameter> out = new LinkedHashMap<>();
    JsonNode list = doc.root().get("parameters");
    for (int i = 0; i < list.size(); i++) {
      JsonNode p = list.get(i);
      String pointer = "/parameters/" + i;
      String id = Json.text(p, "id");
      if (out.containsKey(id)) {
        problems.add(ProblemCode.ID_DUPLICATE, doc.locate(pointer + "/id"), id);
        continue;
      }
      FactType type = Json.enumValue(FactType.class, Json.text(p, "type"));
      List<ParameterValue> values = new ArrayList<>();
      JsonNode vs = p.get("values");
      int parameterBefore = problems.size();
      for (int j = 0; j < vs.size(); j++) {
        String vp = pointer + "/values/" + j;
        Optional<Validity> validity = validity(doc, vs.get(j), vp);
        Value value = ConditionReader.Literals.of(type, vs.get(j).get("value"));
        if (value == null) {
          problems.add(ProblemCode.PARAMETER_VALUE_TYPE, doc.locate(vp + "/value"), id, type.yamlName(), vs.get(j).get("value").asText());
        }
        if (validity.isPresent() && value != null) {
          for (int k = 0; k < values.size(); k++) {
            if (values.get(k).validity().overlaps(validity.get())) {
              problems.add(ProblemCode.PARAMETER_OVERLAP, doc.locate(vp + "/from"), id, validity.get().from(), values.get(k).validity().from());
            }
          }
          values.add(new ParameterValue(validity.get(), value));
        }
      }
      if (problems.size() == parameterBefore) {
        JsonNode b = p.get("basis");
        LegalBasis basis = new LegalBasis(id, Json.text(b, "title"), Json.text(b, "article"), Json.optText(b, "url"), Optional.empty());
        out.put(id, new Parameter(id, Json.text(p, "label"), type, Json.optText(p, "unit"), basis, values));
      }
    }
    if (problems.size() == before) {
      parameters = Optional.of(out);
    }
  }

  // ---------------------------------------------------------------- calendar/*.yaml

  public void calendar(YamlDocument doc) {
    int before = problems.size();
    int year = doc.root().get("year").intValue();
    String other = calendarYears.putIfAbsent(year, doc.file());
    if (other != null) {
      problems.add(ProblemCode.CALENDAR_DUPLICATE_YEAR, doc.locate("/year"), year, other);
    }
    Map<LocalDate, String> off = new TreeMap<>();
    JsonNode hs = doc.root().get("holidays");
    for (int i = 0; i < hs.size(); i++) {
      String pointer = "/holidays/" + i;
      Optional<Validity> period = validity(doc, hs.get(i), pointer);
      if (period.isEmpty()) {
        continue;
      }
      LocalDate from = period.get().from();
      LocalDate to = period.get().to().orElse(from);
      if (from.getYear() != year || to.getYear() != year) {
        problems.add(ProblemCode.CALENDAR_WRONG_YEAR, doc.locate(pointer + "/from"), from + " ~ " + to, year);
        continue;
      }
      for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
        off.put(d, Json.text(hs.get(i), "name"));
      }
    }
    Map<LocalDate, String> on = new TreeMap<>();
    JsonNode ws = doc.root().get("workdays");
    for (int i = 0; i < ws.size(); i++) {
      String pointer = "/workdays/" + i + "/date";
      Optional<LocalDate> date = date(doc, ws.get(i).get("date"), pointer);
      if (date.isEmpty()) {
        continue;
      }
      if (date.get().getYear() != year) {
        problems.add(ProblemCode.CALENDAR_WRONG_YEAR, doc.locate(pointer), date.get(), year);
      } else if (off.containsKey(date.get())) {
        problems.add(ProblemCode.CALENDAR_HOLIDAY_AND_WORKDAY, doc.locate(pointer), date.get(), off.get(date.get()));
      } else {
        on.put(date.get(), Json.text(ws.get(i), "name"));
      }
    }
    if (problems.size() == before) {
      holidays.putAll(off);
      workdays.putAll(on);
    } else {
      calendarBroken = true;
    }
  }

  // ---------------------------------------------------------------- items/**/*.yaml

  public void item(YamlDocument doc) {
    int before = problems.size();
    JsonNode n = doc.root();
    String code = Json.text(n, "code");
    Optional<Validity> validity = validity(doc, n.get("effective"), "/effective");
    // several versions of one item may coexist, as long as no two are in force on the same day
    List<Map.Entry<Validity, String>> earlier = itemFiles.computeIfAbsent(code, k -> new ArrayList<>());
    validity.ifPresent(v -> earlier.stream().filter(e -> e.getKey().overlaps(v)).findFirst().ifPresent(e ->
        problems.add(ProblemCode.ITEM_DUPLICATE_CODE, doc.locate("/code"), code, e.getValue())));
    validity.ifPresent(v -> earlier.add(Map.entry(v, doc.file())));

    List<LegalBasis> bases = new ArrayList<>();
    Set<String> basisIds = new LinkedHashSet<>();
    JsonNode lb = n.get("legalBasis");
    for (int i = 0; i < lb.size(); i++) {
      JsonNode b = lb.get(i);
      String id = Json.text(b, "id");
      if (!basisIds.add(id)) {
        problems.add(ProblemCode.ID_DUPLICATE, doc.locate("/legalBasis/" + i + "/id"), id);
      }
      bases.add(new LegalBasis(id, Json.text(b, "title"), Json.text(b, "article"), Json.optText(b, "url"), ElementReader.basisKind(b)));
    }
    ConditionReader conditions = new ConditionReader(doc, problems, limits, facts, parameters, regions, basisIds);
    ItemChecks.check(doc, problems, basisIds);

    Map<String, Material> materials = new LinkedHashMap<>();
    JsonNode ms = n.get("materials");
    for (int i = 0; i < ms.size(); i++) {
      Material m = material(doc, ms.get(i), "/materials/" + i, conditions);
      if (m != null && materials.putIfAbsent(m.id(), m) != null) {
        problems.add(ProblemCode.ID_DUPLICATE, doc.locate("/materials/" + i + "/id"), m.id());
      }
    }

    List<Scenario> scenarios = new ArrayList<>();
    Set<String> scenarioIds = new HashSet<>();
    Set<String> used = new HashSet<>();
    JsonNode ss = n.get("scenarios");
    for (int i = 0; i < ss.size(); i++) {
      JsonNode s = ss.get(i);
      String pointer = "/scenarios/" + i;
      String id = Json.text(s, "id");
      if (!scenarioIds.add(id)) {
        problems.add(ProblemCode.SCENARIO_DUPLICATE_ID, doc.locate(pointer + "/id"), id);
      }
      List<String> listed = Json.texts(s, "materials");
      for (int j = 0; j < listed.size(); j++) {
        String materialId = listed.get(j);
        used.add(materialId);
        if (!materialIds(ms).contains(materialId)) {
          problems.add(ProblemCode.REFERENCE_UNKNOWN_MATERIAL, doc.locate(pointer + "/materials/" + j), materialId, id);
        }
      }
      scenarios.add(new Scenario(id, Json.text(s, "name"), conditions.read(pointer + "/when"),
          conditions.read(pointer + "/conditions"), listed, Json.optText(s, "code")));
    }
    for (int i = 0; i < ms.size(); i++) {
      String id = Json.text(ms.get(i), "id");
      if (!used.contains(id)) {
        problems.add(ProblemCode.MATERIAL_UNUSED, doc.locate("/materials/" + i + "/id"), id);
      }
    }

    Optional<Condition> acceptance = conditions.read("/conditions");
    TimeLimit timeLimit = timeLimit(doc, n.get("timeLimit"));
    Fee fee = fee(doc, n.get("fee"), basisIds);
    List<Intermediary> intermediaries = new ArrayList<>();
    JsonNode is = n.path("intermediaries");
    for (int i = 0; i < is.size(); i++) {
      Optional<String> basis = Json.optText(is.get(i), "basis");
      checkBasis(doc, basis, "/intermediaries/" + i + "/basis", basisIds);
      intermediaries.add(new Intermediary(Json.text(is.get(i), "name"), Json.bool(is.get(i), "required"), basis));
    }
    Map<String, LocalInfo> local = local(doc, n.path("local"));
    Optional<LocalDate> plannedCancellation = n.has("plannedCancellation")
        ? date(doc, n.get("plannedCancellation"), "/plannedCancellation") : Optional.empty();
    Optional<Condition> deferralExcludedWhen = conditions.read("/deferralExcludedWhen");
    validity.ifPresent(v -> checkParameterCoverage(doc, code, v, conditions));

    if (problems.hasErrorsSince(before) || validity.isEmpty() || timeLimit == null || fee == null) {
      return;
    }
    JsonNode auth = n.get("authority");
    ElementReader.ItemElements e = ElementReader.item(n, plannedCancellation, deferralExcludedWhen);
    ServiceItem item = new ServiceItem(code, Json.text(n, "name"), Json.texts(n, "aliases"), Json.enumValue(ItemType.class, Json.text(n, "type")),
        Json.text(n, "department"), Json.text(n, "version"), validity.get(), bases,
        Json.enums(n, "levels", RegionLevel.class),
        new Authority(Json.text(auth, "name"), Json.enumValue(RegionLevel.class, Json.text(auth, "level")), ElementReader.authorityNature(auth),
            Json.optText(auth, "entrustedBy")),
        acceptance, scenarios, List.copyOf(materials.values()), timeLimit, Json.integer(n, "trips", 0), fee,
        Json.enumValue(OnlineLevel.class, Json.text(n, "onlineLevel")), intermediaries,
        Json.list(n, "process", s -> new ProcessStep(Json.text(s, "name"), Json.optText(s, "actor"), Json.optText(s, "description"))),
        Json.enums(n, "delivery", DeliveryMethod.class), Json.enumValue(AcceptanceScope.class, Json.text(n, "scope")),
        Json.enums(n, "modes", HandlingMode.class),
        n.has("home") ? Json.enumValue(HomeBasis.class, Json.text(n, "home")) : HomeBasis.HOUSEHOLD_OR_RESIDENCE,
        Json.list(n, "forms", f -> new Form(Json.text(f, "name"), Json.optText(f, "url"))),
        Json.texts(n, "reviewPoints"), Json.enums(n, "specialServices", SpecialService.class), local,
        e.codes(), e.serviceObjects(), e.status(), e.plannedCancellation(), e.powerSource(), e.jointAgencies(), e.acceptLevel(),
        e.approveLevel(), e.preReview(), e.quantityLimit(), e.projectType(), e.specialProcedures(), e.result(), e.channels(),
        e.onlineDepth(), e.deferralExcludedWhen(), e.rightsAndDuties(), e.faq(), e.topics());
    items.add(item);
    if (facts.isPresent() && parameters.isPresent() && regions.isPresent()) {
      coverage.add(Map.entry(doc, item));
    }
  }

  /**
   * Runs the scenario-coverage checks of the items assembled since the last call, on every core
   * (each item's check reads only the item and the dictionaries); their problems join the others.
   * Call it before {@link #catalogue()}.
   */
  public void checkCoverage() {
    if (coverage.isEmpty()) {
      return;
    }
    Map<String, FactDefinition> f = facts.orElseThrow();
    Map<String, Parameter> p = parameters.orElseThrow();
    Formulas.Context context = new Formulas.Context(id -> Optional.ofNullable(f.get(id)), id -> Optional.ofNullable(p.get(id)),
        regions.orElseThrow());
    List<Problems> found = coverage.parallelStream().map(e -> {
      Problems local = new Problems();
      ScenarioCoverage.check(e.getKey(), e.getValue(), context, local);
      return local;
    }).toList();
    found.forEach(problems::addAll);
    coverage.clear();
  }

  /**
   * Reports each parameter the item's conditions use that has no value on some day the item is
   * in force, naming the days: the union of the parameter's periods must cover the item's whole
   * validity, or a decision on those days could not be made.
   */
  private void checkParameterCoverage(YamlDocument doc, String code, Validity validity, ConditionReader conditions) {
    for (Map.Entry<String, SourceLocation> ref : conditions.parameterReferences()) {
      Parameter parameter = parameters.orElseThrow().get(ref.getKey());
      List<Validity> gaps = Periods.gaps(validity, parameter.values().stream().map(ParameterValue::validity).toList());
      if (!gaps.isEmpty()) {
        problems.add(ProblemCode.PARAMETER_NOT_COVERED, ref.getValue(), parameter.id(), code, Periods.describe(gaps));
      }
    }
  }

  private static Set<String> materialIds(JsonNode materials) {
    Set<String> ids = new HashSet<>();
    materials.forEach(m -> ids.add(Json.text(m, "id")));
    return ids;
  }

  private Material material(YamlDocument doc, JsonNode m, String pointer, ConditionReader conditions) {
    String id = Json.text(m, "id");
    boolean essential = Json.bool(m, "essential");
    boolean deferrable = Json.bool(m, "deferrable");
    Optional<Condition> when = conditions.read(pointer + "/requiredWhen");
    if (essential && deferrable) {
      problems.add(ProblemCode.MATERIAL_ESSENTIAL_DEFERRABLE, doc.locate(pointer + "/deferrable"), id);
      return null;
    }
    boolean creditDeferrable = Json.bool(m, "creditDeferrable");
    if (essential && creditDeferrable) {
      return null; // reported by ItemChecks
    }
    JsonNode source = m.get("source");
    return new Material(id, Json.text(m, "name"), Json.enumValue(MaterialForm.class, Json.text(m, "form")),
        Json.integer(m, "copies", 1), when,
        new MaterialSource(Json.enumValue(SourceKind.class, Json.text(source, "kind")), Json.optText(source, "provider"),
            Json.optText(source, "issuer")),
        essential, deferrable, Json.optText(m, "notes"), Json.optText(m, "basis"), Json.optText(m, "acceptStandard"),
        ElementReader.paper(m), creditDeferrable);
  }

  private TimeLimit timeLimit(YamlDocument doc, JsonNode t) {
    int statutory = Json.integer(t, "statutory", 0);
    int promised = Json.integer(t, "promised", 0);
    boolean instant = Json.bool(t, "instant");
    if (promised > statutory) {
      problems.add(ProblemCode.TIME_PROMISED_EXCEEDS_STATUTORY, doc.locate("/timeLimit/promised"), promised, statutory);
      return null;
    }
    if (instant && promised != 0) {
      problems.add(ProblemCode.TIME_INSTANT_NOT_ZERO, doc.locate("/timeLimit/promised"), promised);
      return null;
    }
    // a promise of 0 days is the promise of an instant item (即办件), and only of one
    if (!instant && promised == 0) {
      problems.add(ProblemCode.TIME_ZERO_NOT_INSTANT, doc.locate("/timeLimit/promised"));
      return null;
    }
    return new TimeLimit(statutory, promised, instant, Json.texts(t, "excludedSteps"));
  }

  private Fee fee(YamlDocument doc, JsonNode f, Set<String> bases) {
    Optional<String> basis = Json.optText(f, "basis");
    if (!checkBasis(doc, basis, "/fee/basis", bases)) {
      return null;
    }
    return new Fee(f.get("amount").decimalValue(), basis, Json.optText(f, "notes"), ElementReader.feeRelief(f));
  }

  private boolean checkBasis(YamlDocument doc, Optional<String> basis, String pointer, Set<String> bases) {
    if (basis.isPresent() && !bases.contains(basis.get())) {
      problems.add(ProblemCode.REFERENCE_UNKNOWN_BASIS, doc.locate(pointer), basis.get(), String.join(", ", bases));
      return false;
    }
    return true;
  }

  private Map<String, LocalInfo> local(YamlDocument doc, JsonNode local) {
    Map<String, LocalInfo> out = new LinkedHashMap<>();
    Iterator<Map.Entry<String, JsonNode>> fields = local.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> e = fields.next();
      if (regions.isPresent() && regions.get().region(e.getKey()).isEmpty()) {
        problems.add(ProblemCode.LOCAL_UNKNOWN_REGION, doc.locate(YamlDocument.child("/local", e.getKey())), e.getKey());
        continue;
      }
      JsonNode v = e.getValue();
      out.put(e.getKey(), new LocalInfo(Json.optText(v, "authorityName"), Json.optText(v, "address"), Json.optText(v, "phone"),
          Json.optText(v, "hours"), Json.optText(v, "window"), ElementReader.consult(v), ElementReader.complaint(v), ElementReader.remedies(v)));
    }
    return out;
  }

  // ---------------------------------------------------------------- dates

  private Optional<LocalDate> date(YamlDocument doc, JsonNode node, String pointer) {
    try {
      return Optional.of(LocalDate.parse(node.asText()));
    } catch (DateTimeParseException e) {
      problems.add(ProblemCode.DATE_INVALID, doc.locate(pointer), node.asText());
      return Optional.empty();
    }
  }

  /** The period {@code from}–{@code to} of {@code node}, or empty after reporting a bad or reversed date. */
  private Optional<Validity> validity(YamlDocument doc, JsonNode node, String pointer) {
    Optional<LocalDate> from = date(doc, node.get("from"), pointer + "/from");
    Optional<LocalDate> to = node.has("to") ? date(doc, node.get("to"), pointer + "/to") : Optional.empty();
    if (from.isEmpty() || (node.has("to") && to.isEmpty())) {
      return Optional.empty();
    }
    if (to.isPresent() && to.get().isBefore(from.get())) {
      problems.add(ProblemCode.DATE_RANGE_REVERSED, doc.locate(pointer + "/to"), from.get(), to.get());
      return Optional.empty();
    }
    return Optional.of(new Validity(from.get(), to));
  }
}
