package io.github.tongban.core.model;

import io.github.tongban.core.condition.Condition;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A government service item (政务服务事项), pinned down element by element so that every service
 * point handles it the same way.
 *
 * @param code the item code (事项编码), unique in the catalogue
 * @param name the item's name
 * @param aliases the names people commonly use for it (常用名称, e.g. 低保), for search
 * @param type its type, e.g. 行政给付
 * @param department the department responsible (主管部门)
 * @param version the item's version
 * @param validity when this version is in force
 * @param legalBases the legal bases (设定依据), cited by id
 * @param levels the levels that exercise it (行使层级)
 * @param authority the implementing authority (实施机关)
 * @param conditions the acceptance conditions (受理条件); empty when anyone may apply
 * @param scenarios the handling scenarios (办理情形), at least one
 * @param materials the materials (申请材料) scenarios draw on
 * @param timeLimit the statutory and promised limits
 * @param trips the in-person trips needed (跑动次数)
 * @param fee the fee (收费标准)
 * @param onlineLevel how far it can be handled online
 * @param intermediaries the intermediary services (中介服务)
 * @param process the process steps (办理流程)
 * @param delivery how the result is delivered (送达方式)
 * @param scope where it may be handed in (通办范围)
 * @param modes how it is handled away from home (跨域办理模式)
 * @param home which of the applicant's regions counts as home for acceptance and the
 *     territorial authority: the household registration only, or the residence as well
 * @param forms the forms (办事表单)
 * @param reviewPoints what the reviewer checks (审查要点)
 * @param specialServices help on offer (陪同办, 上门办, 帮代办)
 * @param local the local facts per region code
 * @param codes the national codes (基本编码, 实施编码, 业务办理项编码)
 * @param serviceObjects who may apply (服务对象)
 * @param status whether it is in use, suspended or cancelled (事项状态); in use unless the catalogue says otherwise
 * @param plannedCancellation the day it is planned to be cancelled (计划取消日期)
 * @param powerSource where the implementing body's power comes from (权力来源)
 * @param jointAgencies the bodies taking part in handling it (联办机构)
 * @param acceptLevel the level that receives applications (受理层级)
 * @param approveLevel the level that decides (审批层级)
 * @param preReview the level that pre-reviews (初审层级)
 * @param quantityLimit the published cap on grants (数量限制); "无" when there is none
 * @param projectType how an application is settled (办件类型): instant, promised, joint or reported
 * @param specialProcedures the special procedures (特别程序) an application may go through
 * @param result what the item gives the applicant (审批结果)
 * @param channels the channels and conveniences it offers (预约, 网上支付, 物流快递, 自助终端, 网办地址)
 * @param onlineDepth how deep it can be handled online (网上办理深度)
 * @param deferralExcludedWhen when present, applicants for whom this holds (e.g. seriously
 *     dishonest ones) may not defer a material (容缺, 信用后补)
 * @param rightsAndDuties the applicant's rights and duties (申请人权利和义务)
 * @param faq the frequently asked questions (常见问题)
 * @param topics where it is found when browsing (主题分类, 人生事件)
 */
public record ServiceItem(
    String code,
    String name,
    List<String> aliases,
    ItemType type,
    String department,
    String version,
    Validity validity,
    List<LegalBasis> legalBases,
    List<RegionLevel> levels,
    Authority authority,
    Optional<Condition> conditions,
    List<Scenario> scenarios,
    List<Material> materials,
    TimeLimit timeLimit,
    int trips,
    Fee fee,
    OnlineLevel onlineLevel,
    List<Intermediary> intermediaries,
    List<ProcessStep> process,
    List<DeliveryMethod> delivery,
    AcceptanceScope scope,
    List<HandlingMode> modes,
    HomeBasis home,
    List<Form> forms,
    List<String> reviewPoints,
    List<SpecialService> specialServices,
    Map<String, LocalInfo> local,
    Optional<ItemCodes> codes,
    List<ServiceObject> serviceObjects,
    ItemStatus status,
    Optional<LocalDate> plannedCancellation,
    Optional<PowerSource> powerSource,
    List<String> jointAgencies,
    Optional<RegionLevel> acceptLevel,
    Optional<RegionLevel> approveLevel,
    Optional<RegionLevel> preReview,
    Optional<String> quantityLimit,
    Optional<ProjectType> projectType,
    List<SpecialProcedure> specialProcedures,
    Optional<ItemResult> result,
    Optional<Channels> channels,
    Optional<OnlineDepth> onlineDepth,
    Optional<Condition> deferralExcludedWhen,
    Optional<RightsAndDuties> rightsAndDuties,
    List<Faq> faq,
    Optional<Topics> topics) {
  public ServiceItem {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(department, "department");
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(validity, "validity");
    Objects.requireNonNull(authority, "authority");
    Objects.requireNonNull(conditions, "conditions");
    Objects.requireNonNull(timeLimit, "timeLimit");
    Objects.requireNonNull(fee, "fee");
    Objects.requireNonNull(onlineLevel, "onlineLevel");
    Objects.requireNonNull(scope, "scope");
    Objects.requireNonNull(home, "home");
    Objects.requireNonNull(codes, "codes");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(plannedCancellation, "plannedCancellation");
    Objects.requireNonNull(powerSource, "powerSource");
    Objects.requireNonNull(acceptLevel, "acceptLevel");
    Objects.requireNonNull(approveLevel, "approveLevel");
    Objects.requireNonNull(preReview, "preReview");
    Objects.requireNonNull(quantityLimit, "quantityLimit");
    Objects.requireNonNull(projectType, "projectType");
    Objects.requireNonNull(result, "result");
    Objects.requireNonNull(channels, "channels");
    Objects.requireNonNull(onlineDepth, "onlineDepth");
    Objects.requireNonNull(deferralExcludedWhen, "deferralExcludedWhen");
    Objects.requireNonNull(rightsAndDuties, "rightsAndDuties");
    Objects.requireNonNull(topics, "topics");
    aliases = List.copyOf(aliases);
    legalBases = List.copyOf(legalBases);
    levels = List.copyOf(levels);
    scenarios = List.copyOf(scenarios);
    materials = List.copyOf(materials);
    intermediaries = List.copyOf(intermediaries);
    process = List.copyOf(process);
    delivery = List.copyOf(delivery);
    modes = List.copyOf(modes);
    forms = List.copyOf(forms);
    reviewPoints = List.copyOf(reviewPoints);
    specialServices = List.copyOf(specialServices);
    local = Map.copyOf(local);
    serviceObjects = List.copyOf(serviceObjects);
    jointAgencies = List.copyOf(jointAgencies);
    specialProcedures = List.copyOf(specialProcedures);
    faq = List.copyOf(faq);
    if (scenarios.isEmpty()) {
      throw new IllegalArgumentException("item %s needs at least one scenario".formatted(code));
    }
    if (trips < 0) {
      throw new IllegalArgumentException("item %s: trips %d must not be negative".formatted(code, trips));
    }
    if (projectType.isPresent() && (projectType.get() == ProjectType.INSTANT) != timeLimit.instant()) {
      throw new IllegalArgumentException("item %s: project type %s disagrees with the time limit (instant: %s)"
          .formatted(code, projectType.get().yamlName(), timeLimit.instant()));
    }
    if (projectType.orElse(null) == ProjectType.JOINT && jointAgencies.isEmpty()) {
      throw new IllegalArgumentException("item %s is a joint item and names no joint agency".formatted(code));
    }
  }

  /** This item with other acceptance conditions, every other element the same. */
  public ServiceItem withConditions(Optional<Condition> otherConditions) {
    return new ServiceItem(code, name, aliases, type, department, version, validity, legalBases, levels, authority, otherConditions, scenarios,
        materials, timeLimit, trips, fee, onlineLevel, intermediaries, process, delivery, scope, modes, home, forms, reviewPoints,
        specialServices, local, codes, serviceObjects, status, plannedCancellation, powerSource, jointAgencies, acceptLevel, approveLevel,
        preReview, quantityLimit, projectType, specialProcedures, result, channels, onlineDepth, deferralExcludedWhen, rightsAndDuties, faq,
        topics);
  }

  /** The legal basis with the given id. */
  public Optional<LegalBasis> legalBasis(String id) {
    return legalBases.stream().filter(b -> b.id().equals(id)).findFirst();
  }

  /** The material with the given id. */
  public Optional<Material> material(String id) {
    return materials.stream().filter(m -> m.id().equals(id)).findFirst();
  }

  /** The scenario with the given id. */
  public Optional<Scenario> scenario(String id) {
    return scenarios.stream().filter(s -> s.id().equals(id)).findFirst();
  }

  /**
   * Every condition tree that decides an application's eligibility and materials, in the order
   * it is written: its conditions, each scenario's {@code when} and conditions, each material's
   * {@code requiredWhen}. The deferral exclusion ({@link #deferralExcludedWhen()}) is not among them.
   */
  public List<Condition> conditionTrees() {
    List<Condition> out = new java.util.ArrayList<>();
    conditions.ifPresent(out::add);
    for (Scenario s : scenarios) {
      s.when().ifPresent(out::add);
      s.conditions().ifPresent(out::add);
    }
    materials.forEach(m -> m.requiredWhen().ifPresent(out::add));
    return List.copyOf(out);
  }

  /**
   * The facts this item version's condition trees ({@link #conditionTrees()}) read, each once, in the
   * order they first appear: what an application for it may be asked, and all a screening of it
   * needs to see of a resident (the deferral exclusion's facts are not among them).
   */
  public java.util.Set<String> factsRead() {
    java.util.Set<String> out = new java.util.LinkedHashSet<>();
    for (Condition tree : conditionTrees()) {
      for (Condition leaf : tree.leaves()) {
        out.add(leaf instanceof Condition.Compare c ? c.fact() : ((Condition.Known) leaf).fact());
      }
    }
    return java.util.Collections.unmodifiableSet(out);
  }

  /** Whether it is an instant item (即办件), decided on the spot. */
  public boolean isInstant() {
    return timeLimit.instant();
  }
}
