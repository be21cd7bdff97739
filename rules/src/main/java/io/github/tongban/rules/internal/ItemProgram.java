package io.github.tongban.rules.internal;

import io.github.tongban.core.condition.Condition;
import io.github.tongban.core.condition.Operand;
import io.github.tongban.core.model.Material;
import io.github.tongban.core.model.RegionTree;
import io.github.tongban.core.model.Scenario;
import io.github.tongban.core.model.ServiceItem;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.drools.model.Global;
import org.drools.model.Rule;

/**
 * One item version compiled: the node trees of its acceptance conditions, each scenario's
 * selector ({@code when}) and extra conditions and each material's {@code requiredWhen}, whose
 * comparisons are rules of the item's shard; and the tree of its deferral exclusion
 * ({@code deferralExcludedWhen}), compiled the same way, which decides no eligibility: its truth
 * goes into the material policy (phase 2 of a {@link Session}).
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
 * @param deferralExcludedWhen the deferral exclusion, when the item has one
 * @param parameters the ids of the parameters the item's conditions compare with, in order
 * @param reads the facts the item's conditions read: the only ones inserted for them
 * @param deferralReads the facts only the deferral exclusion reads: inserted too for a full decision, never for screening
 * @param leaves the comparisons and {@code known} tests of every tree, by node id
 */
public record ItemProgram(String partition, ServiceItem item, Optional<Node> conditions, Node eligibility,
    Map<String, Node> selectors, Map<String, Node> scenarioConditions, Map<String, Node> requiredWhen,
    Optional<Node> deferralExcludedWhen, List<String> parameters, Set<String> reads, Set<String> deferralReads, Map<Integer, Node> leaves) {

  /** The partition key of an item version. */
  public static String partitionOf(ServiceItem item) {
    return item.code() + "@" + item.validity().from();
  }

  /** Compiles {@code item} into {@code rules}, with node ids from {@code ids}. */
  static ItemProgram compile(ServiceItem item, String pkg, RegionTree regions, AtomicInteger ids, Global<Tally> tally,
      List<Rule> rules) {
    String partition = partitionOf(item);
    ConditionRules compiler = new ConditionRules(pkg, regions, ids, tally, rules);
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
      alternatives.add(compiler.all(partition, "scenarios/" + s.id(), parts));
    }
    List<Node> top = new ArrayList<>();
    conditions.ifPresent(top::add);
    top.add(compiler.any(partition, "scenarios", alternatives));
    Node eligibility = compiler.all(partition, "eligibility", top);

    Map<String, Node> requiredWhen = new LinkedHashMap<>();
    for (Material m : item.materials()) {
      m.requiredWhen().ifPresent(c -> requiredWhen.put(m.id(), compiler.compile(partition, "materials/" + m.id() + "/requiredWhen", c)));
    }
    Optional<Node> excluded = item.deferralExcludedWhen().map(c -> compiler.compile(partition, "deferralExcludedWhen", c));
    Set<String> reads = item.factsRead();
    // insertion-ordered: whatever iterates these iterates in the item's order, in every JVM
    return new ItemProgram(partition, item, conditions, eligibility, Collections.unmodifiableMap(selectors),
        Collections.unmodifiableMap(scenarioConditions), Collections.unmodifiableMap(requiredWhen), excluded, parametersOf(item),
        reads, deferralReads(item, reads), leavesOf(conditions, excluded, selectors, scenarioConditions, requiredWhen));
  }

  @SafeVarargs
  private static Map<Integer, Node> leavesOf(Optional<Node> conditions, Optional<Node> excluded, Map<String, Node>... trees) {
    Map<Integer, Node> out = new HashMap<>();
    conditions.ifPresent(n -> collectLeaves(n, out));
    excluded.ifPresent(n -> collectLeaves(n, out));
    for (Map<String, Node> t : trees) {
      t.values().forEach(n -> collectLeaves(n, out));
    }
    return Map.copyOf(out);
  }

  /** The facts the deferral exclusion reads that no other tree of the item reads. */
  private static Set<String> deferralReads(ServiceItem item, Set<String> reads) {
    Set<String> out = new LinkedHashSet<>();
    item.deferralExcludedWhen().ifPresent(c -> c.leaves().forEach(leaf -> out.add(factOf(leaf))));
    out.removeAll(reads);
    return Collections.unmodifiableSet(out);
  }

  private static String factOf(Condition leaf) {
    return leaf instanceof Condition.Compare c ? c.fact() : ((Condition.Known) leaf).fact();
  }

  private static void collectLeaves(Node node, Map<Integer, Node> out) {
    if (node instanceof Node.Leaf || node instanceof Node.Known) {
      out.put(node.id(), node);
    }
    node.children().forEach(c -> collectLeaves(c, out));
  }

  /** The parameters an item version's conditions and deferral exclusion compare with, each once, in the order they appear. */
  static List<String> parametersOf(ServiceItem item) {
    Set<String> out = new LinkedHashSet<>();
    List<Condition> trees = new ArrayList<>(item.conditionTrees());
    item.deferralExcludedWhen().ifPresent(trees::add);
    for (Condition tree : trees) {
      for (Condition leaf : tree.leaves()) {
        if (leaf instanceof Condition.Compare c && c.operand() instanceof Operand.ParameterRef ref) {
          out.add(ref.parameter());
        }
      }
    }
    return List.copyOf(out);
  }
}
