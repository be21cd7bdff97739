package io.github.tongban.core.internal.bind;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.tongban.core.condition.Condition;
import io.github.tongban.core.internal.Problems;
import io.github.tongban.core.internal.logic.Formulas;
import io.github.tongban.core.internal.yaml.YamlDocument;
import io.github.tongban.core.model.AcceptanceScope;
import io.github.tongban.core.model.Authority;
import io.github.tongban.core.model.DeliveryMethod;
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
import io.github.tongban.core.model.RegionLevel;
import io.github.tongban.core.model.Scenario;
import io.github.tongban.core.model.ServiceItem;
import io.github.tongban.core.model.SourceKind;
import io.github.tongban.core.model.SpecialService;
import io.github.tongban.core.model.TimeLimit;
import io.github.tongban.core.model.Validity;
import io.github.tongban.core.validation.LoadLimits;
import io.github.tongban.core.validation.Problem;
import io.github.tongban.core.validation.ProblemCode;
import io.github.tongban.core.validation.SourceLocation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Binds the item files of one catalogue, one file at a time in file order, against the
 * dictionaries of an {@link ItemContext}: legal bases, materials and scenarios that refer to each
 * other, conditions over known facts, parameters and regions, time limits, fees, local details,
 * parameters that have a value on every day the item is in force, and the quality rules of the
 * implementation-list elements ({@link ItemChecks}; {@link ElementReader} reads them). It
 * remembers the versions of each item code it has bound, so that two versions in force on the same
 * day are reported. Not thread-safe.
 */
public final class ItemBinder {
  private final ItemContext dictionaries;
  private final LoadLimits limits;
  private final Optional<Formulas.Context> logic;
  /** For each item code, the validity of each of its versions seen so far and the file it is in. */
  private final Map<String, List<Map.Entry<Validity, String>>> versions = new HashMap<>();
  /** The first code seen for each code in lower case. */
  private final Map<String, String> codesByCase = new HashMap<>();

  /** A binder of items checked against {@code dictionaries}, their conditions within {@code limits}. */
  public ItemBinder(ItemContext dictionaries, LoadLimits limits) {
    this.dictionaries = Objects.requireNonNull(dictionaries, "dictionaries");
    this.limits = Objects.requireNonNull(limits, "limits");
    this.logic = dictionaries.logic();
  }

  /** An item bound without error, with the file it was bound from: what {@link #checkCoverage} checks. */
  public record Bound(YamlDocument doc, ServiceItem item) {}

  /**
   * The semantic problems of {@code doc}, which failed its schema ({@code schemaProblems}), in the
   * elements that could be bound anyway: a dangling reference is reported in the same run as a
   * misspelt key. A problem at, inside or around an element the schema already faulted is left
   * out (it would repeat that problem), and so is everything when the file's shape is too broken
   * to bind at all. The item itself is never kept.
   */
  public void checkDespiteSchema(YamlDocument doc, List<Problem> schemaProblems, Problems problems) {
    List<String> faulted = schemaProblems.stream().map(p -> p.location().pointer()).toList();
    if (faulted.contains("")) {
      return; // the schema faults the whole file (e.g. its root is no mapping): nothing can be bound
    }
    Problems scratch = new Problems();
    try {
      bind(doc, scratch);
    } catch (RuntimeException e) {
      // the binder reads documents of the schema's shape; this one is not, somewhere: what it
      // found so far is incomplete, so none of it is reported
      return;
    }
    problems.addAll(scratch.toList().stream().filter(p -> faulted.stream().noneMatch(f -> related(f, p.location().pointer()))).toList());
  }

  /** Whether one of two JSON pointers is the other or inside it. */
  private static boolean related(String a, String b) {
    return a.equals(b) || b.startsWith(a + "/") || a.startsWith(b + "/") || b.isEmpty();
  }

  /**
   * The item of {@code doc}, which passed its schema; empty when the file has an error, each
   * problem reported to {@code problems}.
   */
  public Optional<ServiceItem> bind(YamlDocument doc, Problems problems) {
    int before = problems.size();
    JsonNode n = doc.root();
    String code = Json.text(n, "code");
    checkCodeAsFileName(doc, code, problems);
    Optional<Validity> validity = new Dates(doc, problems).period(n.get("effective"), "/effective");
    validity.ifPresent(v -> checkVersions(doc, code, v, problems));

    List<LegalBasis> bases = new ArrayList<>();
    UniqueIds basisIds = new UniqueIds(doc, problems);
    JsonNode lb = n.get("legalBasis");
    for (int i = 0; i < lb.size(); i++) {
      JsonNode b = lb.get(i);
      String id = Json.text(b, "id");
      basisIds.add(id, "/legalBasis/" + i + "/id");
      bases.add(new LegalBasis(id, Json.text(b, "title"), Json.text(b, "article"), Json.optText(b, "url"), ElementReader.basisKind(b)));
    }
    ItemChecks.check(doc, problems, basisIds.ids());
    ConditionReader conditions = new ConditionReader(doc, problems, limits, dictionaries, basisIds.ids());

    Map<String, Material> materials = new LinkedHashMap<>();
    UniqueIds materialIds = new UniqueIds(doc, problems);
    JsonNode ms = n.get("materials");
    for (int i = 0; i < ms.size(); i++) {
      String pointer = "/materials/" + i;
      Optional<Material> material = material(doc, ms.get(i), pointer, conditions, problems);
      // only a material that binds takes its id
      if (material.isPresent() && materialIds.add(material.get().id(), pointer + "/id")) {
        materials.put(material.get().id(), material.get());
      }
    }

    List<Scenario> scenarios = scenarios(doc, ms, conditions, problems);
    Optional<Condition> acceptance = conditions.read("/conditions");
    Optional<TimeLimit> timeLimit = timeLimit(doc, n.get("timeLimit"), problems);
    Optional<Fee> fee = fee(doc, n.get("fee"), basisIds.ids(), problems);
    List<Intermediary> intermediaries = new ArrayList<>();
    JsonNode is = n.path("intermediaries");
    for (int i = 0; i < is.size(); i++) {
      Optional<String> basis = Json.optText(is.get(i), "basis");
      knownBasis(doc, basis, "/intermediaries/" + i + "/basis", basisIds.ids(), problems);
      intermediaries.add(new Intermediary(Json.text(is.get(i), "name"), Json.bool(is.get(i), "required"), basis));
    }
    Map<String, LocalInfo> local = local(doc, n.path("local"), problems);
    Optional<LocalDate> plannedCancellation = n.has("plannedCancellation")
        ? new Dates(doc, problems).date(n.get("plannedCancellation"), "/plannedCancellation") : Optional.empty();
    Optional<Condition> deferralExcludedWhen = conditions.read("/deferralExcludedWhen");
    validity.ifPresent(v -> checkParameterCoverage(code, v, conditions, problems));

    if (problems.hasErrorsSince(before) || validity.isEmpty() || timeLimit.isEmpty() || fee.isEmpty()) {
      return Optional.empty();
    }
    JsonNode auth = n.get("authority");
    ElementReader.ItemElements e = ElementReader.item(n, plannedCancellation, deferralExcludedWhen);
    return Optional.of(new ServiceItem(code, Json.text(n, "name"), Json.texts(n, "aliases"), Json.enumValue(ItemType.class, Json.text(n, "type")),
        Json.text(n, "department"), Json.text(n, "version"), validity.get(), bases,
        Json.enums(n, "levels", RegionLevel.class),
        new Authority(Json.text(auth, "name"), Json.enumValue(RegionLevel.class, Json.text(auth, "level")), ElementReader.authorityNature(auth),
            Json.optText(auth, "entrustedBy")),
        acceptance, scenarios, List.copyOf(materials.values()), timeLimit.get(), Json.integer(n, "trips", 0), fee.get(),
        Json.enumValue(OnlineLevel.class, Json.text(n, "onlineLevel")), intermediaries,
        Json.list(n, "process", s -> new ProcessStep(Json.text(s, "name"), Json.optText(s, "actor"), Json.optText(s, "description"))),
        Json.enums(n, "delivery", DeliveryMethod.class), Json.enumValue(AcceptanceScope.class, Json.text(n, "scope")),
        Json.enums(n, "modes", HandlingMode.class),
        n.has("home") ? Json.enumValue(HomeBasis.class, Json.text(n, "home")) : HomeBasis.HOUSEHOLD_OR_RESIDENCE,
        Json.list(n, "forms", f -> new Form(Json.text(f, "name"), Json.optText(f, "url"))),
        Json.texts(n, "reviewPoints"), Json.enums(n, "specialServices", SpecialService.class), local,
        e.codes(), e.serviceObjects(), e.status(), e.plannedCancellation(), e.powerSource(), e.jointAgencies(), e.acceptLevel(),
        e.approveLevel(), e.preReview(), e.quantityLimit(), e.projectType(), e.specialProcedures(), e.result(), e.channels(),
        e.onlineDepth(), e.deferralExcludedWhen(), e.rightsAndDuties(), e.faq(), e.topics()));
  }

  /**
   * Checks the scenario coverage of {@code items} on every core (each check reads only its item and
   * the dictionaries) and reports what it finds to {@code problems}, in the order of the items.
   * Nothing is checked when a dictionary failed: the items' logic cannot be built without it.
   */
  public void checkCoverage(List<Bound> items, Problems problems) {
    if (items.isEmpty() || logic.isEmpty()) {
      return;
    }
    Formulas.Context context = logic.get();
    List<Problems> found = items.parallelStream().map(b -> {
      Problems local = new Problems();
      ScenarioCoverage.check(b.doc(), b.item(), context, local);
      return local;
    }).toList();
    found.forEach(problems::addAll);
  }

  /** Names Windows keeps for devices: no file may be called so, whatever its extension. */
  private static final java.util.regex.Pattern RESERVED_NAME =
      java.util.regex.Pattern.compile("(?i)(CON|PRN|AUX|NUL|COM[0-9]|LPT[0-9])");

  /**
   * An item code names its file on every system: it may not be a device name of Windows, nor
   * differ from another item's code only in case (one file on a case-insensitive disk); and the
   * file should be named after it ({@code <code>.yaml}, or {@code <code>-<version>.yaml} for a
   * further version).
   */
  private void checkCodeAsFileName(YamlDocument doc, String code, Problems problems) {
    if (RESERVED_NAME.matcher(code).matches()) {
      problems.add(ProblemCode.ITEM_CODE_RESERVED_NAME, doc.locate("/code"), code);
    }
    String folded = code.toLowerCase(java.util.Locale.ROOT);
    String first = codesByCase.putIfAbsent(folded, code);
    if (first != null && !first.equals(code)) {
      problems.add(ProblemCode.ITEM_CODE_CASE, doc.locate("/code"), code, first);
    }
    String name = doc.file().substring(doc.file().lastIndexOf('/') + 1).replaceFirst("(?i)\\.ya?ml$", "");
    if (!name.equals(code) && !name.startsWith(code + "-")) {
      problems.add(ProblemCode.ITEM_FILE_NAME, doc.locate("/code"), doc.file(), code);
    }
  }

  /** Several versions of one item may coexist, as long as no two are in force on the same day. */
  private void checkVersions(YamlDocument doc, String code, Validity validity, Problems problems) {
    List<Map.Entry<Validity, String>> earlier = versions.computeIfAbsent(code, k -> new ArrayList<>());
    earlier.stream().filter(e -> e.getKey().overlaps(validity)).findFirst().ifPresent(e ->
        problems.add(ProblemCode.ITEM_DUPLICATE_CODE, doc.locate("/code"), code, e.getValue()));
    earlier.add(Map.entry(validity, doc.file()));
  }

  /**
   * The scenarios of the item, each listing materials the item has; every material the item has
   * must be listed by some scenario.
   */
  private static List<Scenario> scenarios(YamlDocument doc, JsonNode ms, ConditionReader conditions, Problems problems) {
    Set<String> known = new HashSet<>();
    ms.forEach(m -> known.add(Json.text(m, "id")));
    List<Scenario> scenarios = new ArrayList<>();
    UniqueIds scenarioIds = new UniqueIds(doc, problems, ProblemCode.SCENARIO_DUPLICATE_ID);
    Set<String> used = new HashSet<>();
    JsonNode ss = doc.root().get("scenarios");
    for (int i = 0; i < ss.size(); i++) {
      JsonNode s = ss.get(i);
      String pointer = "/scenarios/" + i;
      String id = Json.text(s, "id");
      scenarioIds.add(id, pointer + "/id");
      List<String> listed = Json.texts(s, "materials");
      for (int j = 0; j < listed.size(); j++) {
        String materialId = listed.get(j);
        used.add(materialId);
        if (!known.contains(materialId)) {
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
    return scenarios;
  }

  /**
   * Reports each parameter the item's conditions use that has no value on some day the item is
   * in force, naming the days: the union of the parameter's periods must cover the item's whole
   * validity, or a decision on those days could not be made.
   */
  private void checkParameterCoverage(String code, Validity validity, ConditionReader conditions, Problems problems) {
    for (Map.Entry<String, SourceLocation> ref : conditions.parameterReferences()) {
      // a reference is only recorded when the parameters bound and name it
      Parameter parameter = dictionaries.parameters().orElseThrow().get(ref.getKey());
      List<Validity> gaps = Periods.gaps(validity, parameter.values().stream().map(ParameterValue::validity).toList());
      if (!gaps.isEmpty()) {
        problems.add(ProblemCode.PARAMETER_NOT_COVERED, ref.getValue(), parameter.id(), code, Periods.describe(gaps));
      }
    }
  }

  private static Optional<Material> material(YamlDocument doc, JsonNode m, String pointer, ConditionReader conditions, Problems problems) {
    String id = Json.text(m, "id");
    boolean essential = Json.bool(m, "essential");
    boolean deferrable = Json.bool(m, "deferrable");
    Optional<Condition> when = conditions.read(pointer + "/requiredWhen");
    if (essential && deferrable) {
      problems.add(ProblemCode.MATERIAL_ESSENTIAL_DEFERRABLE, doc.locate(pointer + "/deferrable"), id);
      return Optional.empty();
    }
    boolean creditDeferrable = Json.bool(m, "creditDeferrable");
    if (essential && creditDeferrable) {
      return Optional.empty(); // reported by ItemChecks
    }
    JsonNode source = m.get("source");
    return Optional.of(new Material(id, Json.text(m, "name"), Json.enumValue(MaterialForm.class, Json.text(m, "form")),
        Json.integer(m, "copies", 1), when,
        new MaterialSource(Json.enumValue(SourceKind.class, Json.text(source, "kind")), Json.optText(source, "provider"),
            Json.optText(source, "issuer")),
        essential, deferrable, Json.optText(m, "notes"), Json.optText(m, "basis"), Json.optText(m, "acceptStandard"),
        ElementReader.paper(m), creditDeferrable));
  }

  private static Optional<TimeLimit> timeLimit(YamlDocument doc, JsonNode t, Problems problems) {
    int statutory = Json.integer(t, "statutory", 0);
    int promised = Json.integer(t, "promised", 0);
    boolean instant = Json.bool(t, "instant");
    if (promised > statutory) {
      problems.add(ProblemCode.TIME_PROMISED_EXCEEDS_STATUTORY, doc.locate("/timeLimit/promised"), promised, statutory);
      return Optional.empty();
    }
    if (instant && promised != 0) {
      problems.add(ProblemCode.TIME_INSTANT_NOT_ZERO, doc.locate("/timeLimit/promised"), promised);
      return Optional.empty();
    }
    // a promise of 0 days is the promise of an instant item (即办件), and only of one
    if (!instant && promised == 0) {
      problems.add(ProblemCode.TIME_ZERO_NOT_INSTANT, doc.locate("/timeLimit/promised"));
      return Optional.empty();
    }
    return Optional.of(new TimeLimit(statutory, promised, instant, Json.texts(t, "excludedSteps")));
  }

  private static Optional<Fee> fee(YamlDocument doc, JsonNode f, Set<String> bases, Problems problems) {
    Optional<String> basis = Json.optText(f, "basis");
    if (!knownBasis(doc, basis, "/fee/basis", bases, problems)) {
      return Optional.empty();
    }
    return Optional.of(new Fee(f.get("amount").decimalValue(), basis, Json.optText(f, "notes"), ElementReader.feeRelief(f)));
  }

  /** Whether {@code basis}, when there is one, is one of the item's legal bases; reports it when not. */
  private static boolean knownBasis(YamlDocument doc, Optional<String> basis, String pointer, Set<String> bases, Problems problems) {
    if (basis.isPresent() && !bases.contains(basis.get())) {
      problems.add(ProblemCode.REFERENCE_UNKNOWN_BASIS, doc.locate(pointer), basis.get(), String.join(", ", bases));
      return false;
    }
    return true;
  }

  private Map<String, LocalInfo> local(YamlDocument doc, JsonNode local, Problems problems) {
    Map<String, LocalInfo> out = new LinkedHashMap<>();
    Iterator<Map.Entry<String, JsonNode>> fields = local.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> e = fields.next();
      if (dictionaries.regions().isPresent() && dictionaries.regions().get().region(e.getKey()).isEmpty()) {
        problems.add(ProblemCode.LOCAL_UNKNOWN_REGION, doc.locate(YamlDocument.child("/local", e.getKey())), e.getKey());
        continue;
      }
      JsonNode v = e.getValue();
      out.put(e.getKey(), new LocalInfo(Json.optText(v, "authorityName"), Json.optText(v, "address"), Json.optText(v, "phone"),
          Json.optText(v, "hours"), Json.optText(v, "window"), ElementReader.consult(v), ElementReader.complaint(v), ElementReader.remedies(v)));
    }
    return out;
  }
}
