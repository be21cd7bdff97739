package io.github.tongban.rules.internal;

import io.github.tongban.core.condition.Condition;
import io.github.tongban.core.condition.Operand;
import io.github.tongban.core.model.Material;
import io.github.tongban.core.model.Scenario;
import io.github.tongban.core.model.ServiceItem;
import io.github.tongban.rules.internal.ConditionRules.Node;
import io.github.tongban.rules.internal.MaterialPolicy.Need;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.LinkedHashSet;
import java.util.concurrent.atomic.AtomicInteger;
import org.drools.model.Rule;
import org.drools.model.Variable;
import org.drools.modelcompiler.dsl.pattern.D;

/**
 * One item version compiled into rules: its acceptance conditions, each scenario's selector
 * ({@code when}) and extra conditions, each material's {@code requiredWhen}, and the rules that
 * turn applying scenarios into needed materials.
 *
 * <p>Eligibility is {@code all(conditions, any(for each scenario: all(when, scenario conditions)))}:
 * the item's conditions must hold, and at least one scenario must apply with its own conditions.
 *
 * @param partition the item version's key: its code and the first day it is in force
 * @param item the item version
 * @param conditions the item's own conditions, when it has any
 * @param eligibility the whole eligibility tree
 * @param selectors each scenario's {@code when}, by scenario id; absent for scenarios that always apply
 * @param scenarioConditions each scenario's extra conditions, by scenario id
 * @param requiredWhen each conditional material's condition, by material id
 * @param parameters the ids of the parameters the item's conditions compare with, in order
 * @param reads the facts the item's rules read (its conditions' facts and the homes): the only ones inserted
 */
record ItemProgram(String partition, ServiceItem item, Optional<Node> conditions, Node eligibility,
    Map<String, Node> selectors, Map<String, Node> scenarioConditions, Map<String, Node> requiredWhen, List<String> parameters,
    Set<String> reads) {

  /** Scenario and material rules run after the conditions settle and before the policy. */
  static final int SCENARIO_SALIENCE = 50;

  /** The partition key of an item version. */
  static String partitionOf(ServiceItem item) {
    return item.code() + "@" + item.validity().from();
  }

  /** Compiles {@code item} into {@code rules}, with node ids from {@code ids}. */
  static ItemProgram compile(ServiceItem item, String pkg, io.github.tongban.core.model.RegionTree regions,
      AtomicInteger ids, List<Rule> rules) {
    String partition = partitionOf(item);
    ConditionRules compiler = new ConditionRules(pkg, regions, ids, rules);
    Optional<Node> conditions = item.conditions().map(c -> compiler.compile(partition, "conditions", c));

    Map<String, Node> selectors = new LinkedHashMap<>();
    Map<String, Node> scenarioConditions = new LinkedHashMap<>();
    List<Node> alternatives = new ArrayList<>();
    for (Scenario s : item.scenarios()) {
      List<Node> parts = new ArrayList<>();
      s.when().ifPresent(w -> {
        Node n = compiler.compile(partition, "scenarios/" + s.id() + "/when", w);
        selectors.put(s.id(), n);
        parts.add(n);
      });
      s.conditions().ifPresent(c -> {
        Node n = compiler.compile(partition, "scenarios/" + s.id() + "/conditions", c);
        scenarioConditions.put(s.id(), n);
        parts.add(n);
      });
      alternatives.add(compiler.all(partition, "scenarios/" + s.id(), parts, Optional.empty()));
    }
    List<Node> top = new ArrayList<>();
    conditions.ifPresent(top::add);
    top.add(compiler.any(partition, "scenarios", alternatives, Optional.empty()));
    Node eligibility = compiler.all(partition, "eligibility", top, Optional.empty());

    Map<String, Node> requiredWhen = new LinkedHashMap<>();
    for (Material m : item.materials()) {
      m.requiredWhen().ifPresent(c -> requiredWhen.put(m.id(), compiler.compile(partition, "materials/" + m.id() + "/requiredWhen", c)));
    }
    for (Scenario s : item.scenarios()) {
      for (String materialId : s.materials()) {
        Material m = item.material(materialId).orElseThrow();
        needRules(pkg, partition, s, m, Optional.ofNullable(selectors.get(s.id())), Optional.ofNullable(requiredWhen.get(m.id())), rules);
      }
    }
    // insertion-ordered: whatever iterates these iterates in the item's order, in every JVM
    return new ItemProgram(partition, item, conditions, eligibility, Collections.unmodifiableMap(selectors),
        Collections.unmodifiableMap(scenarioConditions), Collections.unmodifiableMap(requiredWhen), parametersOf(item),
        factsRead(item));
  }

  /** The facts an item version's rules read: those its conditions test, and the homes acceptance reads. */
  static Set<String> factsRead(ServiceItem item) {
    Set<String> out = new LinkedHashSet<>();
    for (Condition tree : item.conditionTrees()) {
      for (Condition leaf : tree.leaves()) {
        out.add(leaf instanceof Condition.Compare c ? c.fact() : ((Condition.Known) leaf).fact());
      }
    }
    out.add(AcceptancePolicy.HOUSEHOLD);
    out.add(AcceptancePolicy.RESIDENCE);
    return Collections.unmodifiableSet(out);
  }

  /** The parameters an item version's conditions compare with, each once, in the order they appear. */
  static List<String> parametersOf(ServiceItem item) {
    Set<String> out = new LinkedHashSet<>();
    for (Condition tree : item.conditionTrees()) {
      for (Condition leaf : tree.leaves()) {
        if (leaf instanceof Condition.Compare c && c.operand() instanceof Operand.ParameterRef ref) {
          out.add(ref.parameter());
        }
      }
    }
    return List.copyOf(out);
  }

  /**
   * When scenario {@code s} applies, material {@code m} is needed: outright when its
   * {@code requiredWhen} holds too; conditionally while either is still open (the settlement then
   * decides whether it is really open). A missing {@code when} or {@code requiredWhen} holds.
   */
  private static void needRules(String pkg, String partition, Scenario s, Material m, Optional<Node> selector,
      Optional<Node> requiredWhen, List<Rule> rules) {
    String name = partition + "/scenarios/" + s.id() + "/materials/" + m.id();
    // the scenario applies: its when is true, or it has none
    List<org.drools.model.RuleItemBuilder<?>> applies = new ArrayList<>();
    applies.add(ConditionRules.fullSubject(D.declarationOf(ConditionRules.Subject.class), partition));
    selector.ifPresent(n -> applies.add(ConditionRules.truth(D.declarationOf(ConditionRules.Truth.class), n.id(), true)));
    if (requiredWhen.isEmpty()) {
      rules.add(rule(pkg, name).build(with(applies, need(partition, m, s, false))));
    } else {
      int rw = requiredWhen.get().id();
      rules.add(rule(pkg, name + ".required").build(with(applies, ConditionRules.truth(D.declarationOf(ConditionRules.Truth.class), rw, true),
          need(partition, m, s, false))));
      rules.add(rule(pkg, name + ".maybe").build(with(applies, open(rw), need(partition, m, s, true))));
    }
    if (selector.isPresent()) {
      // the scenario may apply: its when is still open, and the material's requiredWhen is not false
      int sel = selector.get().id();
      List<org.drools.model.RuleItemBuilder<?>> mayApply = new ArrayList<>();
      mayApply.add(ConditionRules.fullSubject(D.declarationOf(ConditionRules.Subject.class), partition));
      mayApply.add(open(sel));
      requiredWhen.ifPresent(n -> mayApply.add(D.not(ConditionRules.truth(D.declarationOf(ConditionRules.Truth.class), n.id(), false))));
      rules.add(rule(pkg, name + ".scenario-open").build(with(mayApply, need(partition, m, s, true))));
    }
  }

  /** No truth for node {@code id} yet: it is open. */
  private static org.drools.model.RuleItemBuilder<?> open(int id) {
    Variable<ConditionRules.Truth> settled = D.declarationOf(ConditionRules.Truth.class);
    return D.not(D.pattern(settled).expr("truth.node==" + id, x -> x.node() == id,
        D.alphaIndexedBy(int.class, org.drools.model.Index.ConstraintType.EQUAL, 0, ConditionRules.Truth::node, id)));
  }

  private static org.drools.model.RuleItemBuilder<?> need(String partition, Material m, Scenario s, boolean conditional) {
    return D.execute(drools -> drools.insert(new Need(partition, m, s.id(), conditional)));
  }

  private static org.drools.model.RuleItemBuilder<?>[] with(List<org.drools.model.RuleItemBuilder<?>> head, org.drools.model.RuleItemBuilder<?>... more) {
    List<org.drools.model.RuleItemBuilder<?>> all = new ArrayList<>(head);
    all.addAll(List.of(more));
    return all.toArray(new org.drools.model.RuleItemBuilder<?>[0]);
  }

  private static org.drools.model.impl.RuleBuilder rule(String pkg, String name) {
    return D.rule(pkg, name).attribute(org.drools.model.Rule.Attribute.SALIENCE, SCENARIO_SALIENCE);
  }
}
