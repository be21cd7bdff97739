package io.github.tongban.rules;

import io.github.tongban.core.condition.Condition;
import io.github.tongban.core.condition.FactType;
import io.github.tongban.core.condition.Operand;
import io.github.tongban.core.condition.Operator;
import io.github.tongban.core.condition.Value;
import io.github.tongban.core.model.Catalogue;
import io.github.tongban.core.model.DayUnit;
import io.github.tongban.core.model.FactDefinition;
import io.github.tongban.core.model.ItemStatus;
import io.github.tongban.core.model.LegalBasis;
import io.github.tongban.core.model.Material;
import io.github.tongban.core.model.ServiceItem;
import io.github.tongban.core.model.SpecialProcedure;
import io.github.tongban.core.model.SpecialProcedureKind;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A catalogue with the decision-relevant elements of issue 14 on many of its items, made from
 * another (the sample) for the tests: some item versions suspended or cancelled, special
 * procedures that move the due dates or count toward the statutory limit (working and calendar
 * days), deferral exclusions of several shapes over {@value #DISHONEST} and the sample's own facts,
 * and materials that an applicant of good credit may supply later (信用后补). Deterministic: the
 * same catalogue gives the same result.
 */
final class ElementsCatalogue {
  /** The fact the exclusions read: whether the applicant is listed as seriously dishonest (严重失信主体). */
  static final String DISHONEST = "seriousDishonesty";

  private ElementsCatalogue() {}

  /** {@code base} with the elements added, and the fact {@value #DISHONEST} when it lacks one. */
  static Catalogue of(Catalogue base) {
    List<FactDefinition> facts = new ArrayList<>(base.facts());
    if (base.fact(DISHONEST).isEmpty()) {
      facts.add(dishonestyFact());
    }
    boolean hasAge = base.fact("age").filter(f -> f.type() == FactType.INTEGER).isPresent();
    List<ServiceItem> versions = new ArrayList<>();
    List<ServiceItem> items = base.items();
    for (int i = 0; i < items.size(); i++) {
      List<ServiceItem> all = base.versions(items.get(i).code());
      for (int v = 0; v < all.size(); v++) {
        versions.add(elements(all.get(v), i, v == all.size() - 1, hasAge));
      }
    }
    return new Catalogue(base.info(), facts, base.parameters(), base.regions(), base.calendar(), versions);
  }

  static FactDefinition dishonestyFact() {
    return new FactDefinition(DISHONEST, FactType.BOOLEAN, "严重失信主体", "申请人是否被列为严重失信主体?", Optional.empty(), List.of(),
        Optional.empty(), Optional.empty(), Optional.of("信用中国(甘肃)"));
  }

  /** Item number {@code i} (in code order), one of its versions ({@code latest} or not), with elements chosen by {@code i}. */
  private static ServiceItem elements(ServiceItem item, int i, boolean latest, boolean hasAge) {
    Map<String, Object> changes = new HashMap<>();
    Optional<String> basis = item.legalBases().stream().map(LegalBasis::id).findFirst();
    if (i % 17 == 3 && latest) {
      changes.put("status", ItemStatus.SUSPENDED);
    } else if (i % 17 == 9) {
      changes.put("status", ItemStatus.CANCELLED);
    }
    switch (i % 4) {
      case 0 -> changes.put("specialProcedures", List.of(procedure(SpecialProcedureKind.EXPERT_REVIEW, 20, DayUnit.WORKING_DAYS, basis, false)));
      case 1 -> changes.put("specialProcedures", List.of(procedure(SpecialProcedureKind.PUBLIC_NOTICE, 7, DayUnit.DAYS, Optional.empty(), false),
          procedure(SpecialProcedureKind.HEARING, 10, DayUnit.WORKING_DAYS, basis, true),
          new SpecialProcedure(SpecialProcedureKind.OTHER, Optional.of("联合踏勘"), 3, DayUnit.WORKING_DAYS, basis, Optional.empty(), false)));
      case 2 -> changes.put("specialProcedures", List.of(procedure(SpecialProcedureKind.SITE_SURVEY, 5, DayUnit.WORKING_DAYS, basis, true)));
      default -> { }
    }
    List<Material> materials = new ArrayList<>();
    boolean credit = false;
    for (Material m : item.materials()) {
      boolean could = !m.essential() && !m.source().exempts();
      if (could && !credit && (i % 3 != 2) && (!m.deferrable() || i % 3 == 1)) {
        materials.add(with(m, Map.of("creditDeferrable", true)));
        credit = true;
      } else {
        materials.add(m);
      }
    }
    changes.put("materials", materials);
    Condition dishonest = new Condition.Compare(DISHONEST, Operator.EQ, new Operand.Literal(new Value.Bool(true)), Optional.empty(), basis);
    switch (i % 5) {
      case 0, 3 -> changes.put("deferralExcludedWhen", Optional.of(dishonest));
      case 1 -> changes.put("deferralExcludedWhen", Optional.of(hasAge
          ? new Condition.All(List.of(new Condition.Compare(DISHONEST, Operator.EQ, new Operand.Literal(new Value.Bool(true)), Optional.empty(),
              Optional.empty()), new Condition.Compare("age", Operator.GE, new Operand.Literal(new Value.Number(new java.math.BigDecimal(18))),
              Optional.empty(), Optional.empty())), Optional.of("成年且被列为严重失信主体"), Optional.empty())
          : dishonest));
      case 2 -> changes.put("deferralExcludedWhen", Optional.of(new Condition.Not(new Condition.Compare(DISHONEST, Operator.EQ,
          new Operand.Literal(new Value.Bool(false)), Optional.empty(), Optional.empty()), Optional.empty(), basis)));
      default -> { }
    }
    return with(item, changes);
  }

  private static SpecialProcedure procedure(SpecialProcedureKind kind, int days, DayUnit unit, Optional<String> basis, boolean counts) {
    return new SpecialProcedure(kind, Optional.empty(), days, unit, basis, Optional.empty(), counts);
  }

  /** A copy of record {@code r} with the components named in {@code changes} replaced: the model's records have no withers for every element. */
  @SuppressWarnings("unchecked")
  static <R extends Record> R with(R r, Map<String, Object> changes) {
    RecordComponent[] components = r.getClass().getRecordComponents();
    Object[] args = new Object[components.length];
    Class<?>[] types = new Class<?>[components.length];
    try {
      for (int i = 0; i < components.length; i++) {
        types[i] = components[i].getType();
        String name = components[i].getName();
        args[i] = changes.containsKey(name) ? changes.get(name) : components[i].getAccessor().invoke(r);
      }
      return (R) r.getClass().getDeclaredConstructor(types).newInstance(args);
    } catch (ReflectiveOperationException e) {
      Throwable cause = e instanceof InvocationTargetException ite ? ite.getCause() : e;
      throw new IllegalArgumentException("cannot copy " + r.getClass().getSimpleName() + " with " + changes.keySet() + ": " + cause, cause);
    }
  }
}
