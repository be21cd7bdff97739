package io.github.tongban.rules.internal;

import io.github.tongban.core.model.Catalogue;
import io.github.tongban.core.internal.logic.Formulas;
import io.github.tongban.core.internal.logic.ItemLogic;
import io.github.tongban.core.model.ServiceItem;
import java.time.LocalDate;
import java.util.concurrent.ConcurrentHashMap;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.drools.model.Rule;
import org.drools.model.impl.ModelImpl;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;

/**
 * A catalogue compiled into rules, once: every item version's program, spread over shards of at
 * most {@value #SHARD_SIZE} item versions, each shard one KieBase with the fixed policy rules.
 * Shards keep each network small and let the build use every core; within a shard, every item
 * rule is reached through a hashed equality on the item version, so a decision touches only the
 * rules of its own item. Immutable and thread-safe.
 */
public final class CompiledCatalogue {
  static final int SHARD_SIZE = 64;

  private final Catalogue catalogue;
  private final Map<String, ItemProgram> programs;
  private final Map<String, KieBase> shardOf;
  private final int ruleCount;
  private final Formulas.Context context;
  /** Each item version's logic, per set of parameter values in force (few per item: they change once a year or so). */
  private final Map<String, ItemLogic> logic = new ConcurrentHashMap<>();

  private CompiledCatalogue(Catalogue catalogue, Map<String, ItemProgram> programs, Map<String, KieBase> shardOf, int ruleCount) {
    this.catalogue = catalogue;
    this.programs = programs;
    this.shardOf = shardOf;
    this.ruleCount = ruleCount;
    this.context = new Formulas.Context(catalogue::fact, catalogue::parameter, catalogue.regions());
  }

  /** Compiles every version of every item of {@code catalogue}. */
  public static CompiledCatalogue compile(Catalogue catalogue) {
    List<ServiceItem> versions = new ArrayList<>();
    catalogue.items().forEach(i -> versions.addAll(catalogue.versions(i.code())));
    int shards = Math.max(1, (versions.size() + SHARD_SIZE - 1) / SHARD_SIZE);
    record Shard(Map<String, ItemProgram> programs, KieBase base, int rules) {}
    AtomicInteger ids = new AtomicInteger();
    List<Shard> built = IntStream.range(0, shards).parallel().mapToObj(s -> {
      String pkg = "io.github.tongban.rules.shard" + s;
      List<Rule> rules = new ArrayList<>();
      Map<String, ItemProgram> programs = new HashMap<>();
      for (ServiceItem item : versions.subList(s * SHARD_SIZE, Math.min(versions.size(), (s + 1) * SHARD_SIZE))) {
        ItemProgram p = ItemProgram.compile(item, pkg, catalogue.regions(), ids, rules);
        programs.put(p.partition(), p);
      }
      rules.addAll(MaterialPolicy.rules(pkg));
      rules.addAll(AcceptancePolicy.rules(pkg, catalogue.regions()));
      ModelImpl model = new ModelImpl();
      rules.forEach(model::addRule);
      return new Shard(programs, KieBaseBuilder.createKieBaseFromModel(model), rules.size());
    }).toList();
    Map<String, ItemProgram> programs = new HashMap<>();
    Map<String, KieBase> shardOf = new HashMap<>();
    int count = 0;
    for (Shard shard : built) {
      programs.putAll(shard.programs());
      shard.programs().keySet().forEach(k -> shardOf.put(k, shard.base()));
      count += shard.rules();
    }
    return new CompiledCatalogue(catalogue, Collections.unmodifiableMap(programs), Collections.unmodifiableMap(shardOf), count);
  }

  public Catalogue catalogue() {
    return catalogue;
  }

  /** How many rules the catalogue compiled into, over all shards. */
  public int ruleCount() {
    return ruleCount;
  }

  ItemProgram program(ServiceItem item) {
    return programs.get(ItemProgram.partitionOf(item));
  }

  /**
   * The logic of {@code item} on {@code date}: built once per item version and set of parameter
   * values in force. A parameter the item uses with no value on {@code date} fails with
   * {@link io.github.tongban.core.model.ParameterNotInForceException}.
   */
  ItemLogic logic(ServiceItem item, LocalDate date) {
    ItemProgram program = program(item);
    StringBuilder key = new StringBuilder(program.partition());
    for (String parameter : program.parameters()) {
      key.append('|').append(catalogue.parameter(parameter).orElseThrow().inForce(date).validity().from());
    }
    return logic.computeIfAbsent(key.toString(), k -> ItemLogic.of(item, context, date));
  }

  KieBase base(ServiceItem item) {
    return shardOf.get(ItemProgram.partitionOf(item));
  }
}
