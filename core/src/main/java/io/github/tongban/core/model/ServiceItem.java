package io.github.tongban.core.model;

import io.github.tongban.core.condition.Condition;
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
    Map<String, LocalInfo> local) {
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
    if (scenarios.isEmpty()) {
      throw new IllegalArgumentException("item %s needs at least one scenario".formatted(code));
    }
    if (trips < 0) {
      throw new IllegalArgumentException("item %s: trips %d must not be negative".formatted(code, trips));
    }
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
   * Every condition tree the item carries, in the order it is written: its conditions, each
   * scenario's {@code when} and conditions, each material's {@code requiredWhen}.
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

  /** Whether it is an instant item (即办件), decided on the spot. */
  public boolean isInstant() {
    return timeLimit.instant();
  }
}
