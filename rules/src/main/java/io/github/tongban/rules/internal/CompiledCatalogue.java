package io.github.tongban.rules.internal;

import io.github.tongban.core.model.Catalogue;
import io.github.tongban.core.internal.logic.Formulas;
import io.github.tongban.core.internal.logic.ItemLogic;
import io.github.tongban.core.model.RegionTree;
import io.github.tongban.core.model.ServiceItem;
import java.time.LocalDate;
import java.util.concurrent.ConcurrentHashMap;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.drools.model.Global;
import org.drools.model.Rule;
import org.drools.model.impl.ModelImpl;
import org.drools.modelcompiler.KieBaseBuilder;
import org.drools.modelcompiler.dsl.pattern.D;
import org.kie.api.KieBase;

/**
 * A catalogue compiled into rules: every item version's program, spread over shards of at most
 * {@value #SHARD_SIZE} item versions, each shard one KieBase with the fixed policy rules. Shards
 * keep each network small and let the build use every core; within a shard, every item rule is
 * reached through a hashed equality on the item version, so a decision touches only the rules of
 * its own item.
 *
 * <p>Everything is built lazily, once per shard, whichever thread asks first (the others wait for
 * that build): {@link #compile} only splits the item versions into shards; a shard's programs
 * (node trees, what each item reads, its parameters) and rules are made on the first decision of
 * one of its items, and its KieBase right after, so the first decision waits only for its own
 * shard. {@link #buildAll} builds every shard still unbuilt, on every core, and fails when one
 * cannot be built; {@link #ruleCount} makes the shards' rules to count them but builds no
 * KieBase. Thread-safe.
 */
public final class CompiledCatalogue {
  static final int SHARD_SIZE = 64;
  private static final String PACKAGE = "io.github.tongban.rules.shard";

  private final Catalogue catalogue;
  /** Each item version's shard, by identity: the versions are the catalogue's own objects, so no key is computed per decision. */
  private final Map<ServiceItem, Shard> shardOf;
  private final List<Shard> shards;
  private final Formulas.Context context;
  /** Each item version's logic, per set of parameter values in force (few per item: they change once a year or so). */
  private final Map<String, ItemLogic> logic = new ConcurrentHashMap<>();

  private CompiledCatalogue(Catalogue catalogue, Map<ServiceItem, Shard> shardOf, List<Shard> shards) {
    this.catalogue = catalogue;
    this.shardOf = shardOf;
    this.shards = shards;
    this.context = new Formulas.Context(catalogue::fact, catalogue::parameter, catalogue.regions());
  }

  /**
   * One shard: its item versions; once compiled, their programs and the shard's rule count; once
   * built, its KieBase. Node ids count from zero in each shard, in the item order, so compiling
   * the shard again gives the very same programs (checked when that happens).
   */
  private static final class Shard {
    private final int index;
    private final List<ServiceItem> versions;
    private final RegionTree regions;
    private volatile Map<ServiceItem, ItemProgram> programs;
    private int rules;
    /** The rules compiled with {@link #programs} on the way to a build, until the build takes them. */
    private List<Rule> pending;
    private volatile KieBase base;

    Shard(int index, List<ServiceItem> versions, RegionTree regions) {
      this.index = index;
      this.versions = versions;
      this.regions = regions;
    }

    /** Compiles the shard's item versions and the policy into {@code rules}, returning the item versions' programs. */
    private Map<ServiceItem, ItemProgram> compileInto(List<Rule> rules) {
      String pkg = PACKAGE + index;
      AtomicInteger ids = new AtomicInteger();
      Global<Tally> tally = D.globalOf(Tally.class, pkg, Tally.GLOBAL);
      Map<ServiceItem, ItemProgram> out = new IdentityHashMap<>();
      for (ServiceItem item : versions) {
        out.put(item, ItemProgram.compile(item, pkg, regions, ids, tally, rules));
      }
      rules.addAll(MaterialPolicy.rules(pkg));
      rules.addAll(AcceptancePolicy.rules(pkg, regions));
      return Collections.unmodifiableMap(out);
    }

    /** The programs, compiled on the first call; {@code keep}: keep the rules for the build that follows. */
    private Map<ServiceItem, ItemProgram> programs(boolean keep) {
      Map<ServiceItem, ItemProgram> p = programs;
      if (p == null) {
        synchronized (this) {
          p = programs;
          if (p == null) {
            List<Rule> compiled = new ArrayList<>();
            p = compileInto(compiled);
            rules = compiled.size();
            pending = keep && base == null ? compiled : null;
            programs = p;
          }
        }
      }
      return p;
    }

    /** The programs of the shard's item versions; a decision then builds the KieBase too. */
    Map<ServiceItem, ItemProgram> programs() {
      return programs(true);
    }

    /** How many rules the shard compiles into, without building its KieBase. */
    int ruleCount() {
      programs(false);
      synchronized (this) {
        return rules;
      }
    }

    /** The shard's KieBase, built on the first call; concurrent first calls wait for one build. */
    KieBase base() {
      KieBase b = base;
      if (b == null) {
        Map<ServiceItem, ItemProgram> kept = programs(true);
        synchronized (this) {
          b = base;
          if (b == null) {
            List<Rule> rules = pending;
            if (rules == null) {
              rules = new ArrayList<>();
              Map<ServiceItem, ItemProgram> again = compileInto(rules);
              if (!kept.keySet().stream().allMatch(v -> kept.get(v).equals(again.get(v)))) {
                throw new IllegalStateException("shard " + index + " compiled into different programs the second time");
              }
            }
            ModelImpl model = new ModelImpl();
            model.addGlobal(D.globalOf(Tally.class, PACKAGE + index, Tally.GLOBAL));
            rules.forEach(model::addRule);
            try {
              b = KieBaseBuilder.createKieBaseFromModel(model);
            } catch (RuntimeException e) {
              throw new RulesFailure("shard " + index + " of the rules cannot be built: " + e, e);
            }
            pending = null;
            base = b;
          }
        }
      }
      return b;
    }

    boolean built() {
      return base != null;
    }
  }

  /** The item versions of {@code catalogue} split into shards; nothing is compiled yet (see {@link #buildAll}). */
  public static CompiledCatalogue compile(Catalogue catalogue) {
    return compile(catalogue, SHARD_SIZE);
  }

  /** As {@link #compile(Catalogue)}, with at most {@code shardSize} item versions a shard. */
  public static CompiledCatalogue compile(Catalogue catalogue, int shardSize) {
    List<ServiceItem> versions = new ArrayList<>();
    catalogue.items().forEach(i -> versions.addAll(catalogue.versions(i.code())));
    int count = Math.max(1, (versions.size() + shardSize - 1) / shardSize);
    List<Shard> shards = IntStream.range(0, count)
        .mapToObj(s -> new Shard(s, List.copyOf(versions.subList(s * shardSize, Math.min(versions.size(), (s + 1) * shardSize))),
            catalogue.regions()))
        .toList();
    Map<ServiceItem, Shard> shardOf = new IdentityHashMap<>();
    for (Shard shard : shards) {
      shard.versions.forEach(v -> shardOf.put(v, shard));
    }
    return new CompiledCatalogue(catalogue, Collections.unmodifiableMap(shardOf), shards);
  }

  /**
   * Builds every shard not built yet, on every core, and returns this catalogue; throws what the
   * first shard that cannot be built throws (the shards built meanwhile stay built).
   */
  public CompiledCatalogue buildAll() {
    shards.parallelStream().filter(s -> !s.built()).forEach(Shard::base);
    return this;
  }

  /** How many shards the catalogue has. */
  public int shards() {
    return shards.size();
  }

  /** How many of the shards are built now. */
  public int shardsBuilt() {
    return (int) shards.stream().filter(Shard::built).count();
  }

  public Catalogue catalogue() {
    return catalogue;
  }

  /**
   * How many rules the catalogue compiles into, over all shards. The first call compiles the
   * rules of every shard not compiled yet (a few seconds at 8,302 items, on every core) but builds
   * no KieBase.
   */
  public int ruleCount() {
    return shards.parallelStream().mapToInt(Shard::ruleCount).sum();
  }

  /** The program of {@code item}, compiled with its shard's if it is not yet. */
  public ItemProgram program(ServiceItem item) {
    return shard(item).programs().get(item);
  }

  private Shard shard(ServiceItem item) {
    Shard shard = shardOf.get(item);
    if (shard == null) {
      throw new IllegalArgumentException("not an item version of this catalogue: " + ItemProgram.partitionOf(item));
    }
    return shard;
  }

  /**
   * The logic of {@code item} on {@code date}: built once per item version and set of parameter
   * values in force. A parameter the item uses with no value on {@code date} fails with
   * {@link io.github.tongban.core.model.ParameterNotInForceException}.
   */
  public ItemLogic logic(ServiceItem item, LocalDate date) {
    ItemProgram program = program(item);
    // an item without parameters has one logic: its partition (a kept string, its hash kept too) is the key
    String key = program.partition();
    if (!program.parameters().isEmpty()) {
      StringBuilder withValues = new StringBuilder(key);
      for (String parameter : program.parameters()) {
        withValues.append('|').append(catalogue.parameter(parameter).orElseThrow().inForce(date).validity().from());
      }
      key = withValues.toString();
    }
    ItemLogic found = logic.get(key);
    return found != null ? found : logic.computeIfAbsent(key, k -> ItemLogic.of(item, context, date));
  }

  /**
   * A fresh session of {@code item}'s shard. (Pooled sessions were measured and do not pay: a
   * pooled session's reset clears every node memory it ever created.)
   */
  org.kie.api.runtime.KieSession newSession(ServiceItem item) {
    return base(item).newKieSession();
  }

  /** The KieBase of {@code item}'s shard, built now if it is not yet. */
  public KieBase base(ServiceItem item) {
    return shard(item).base();
  }
}
