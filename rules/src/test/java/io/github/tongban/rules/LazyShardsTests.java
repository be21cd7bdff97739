package io.github.tongban.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tongban.catalog.SampleCatalogue;
import io.github.tongban.core.model.Catalogue;
import io.github.tongban.core.model.ServiceItem;
import io.github.tongban.rules.internal.CompiledCatalogue;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.kie.api.KieBase;

/** Shards are built on first use, once; building them all in advance, in shards of another size, decides the same. */
class LazyShardsTests {
  static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

  @Test
  void nothingIsBuiltUntilADecisionNeedsItsShard() {
    Catalogue sample = SampleCatalogue.catalogue();
    CompiledCatalogue lazy = CompiledCatalogue.compile(sample, 8);
    assertThat(lazy.shards()).isGreaterThan(1);
    assertThat(lazy.shardsBuilt()).isZero();

    int rules = lazy.ruleCount();
    assertThat(lazy.shardsBuilt()).as("counting the rules builds no KieBase").isZero();

    Application first = new RandomApplications(sample, 7).next();
    Decider.decide(lazy, first, TODAY);
    assertThat(lazy.shardsBuilt()).isEqualTo(1);

    assertThat(lazy.buildAll()).isSameAs(lazy);
    assertThat(lazy.shardsBuilt()).isEqualTo(lazy.shards());
    assertThat(lazy.ruleCount()).isEqualTo(rules).isEqualTo(CompiledCatalogue.compile(sample, 8).buildAll().ruleCount());
  }

  @Test
  void concurrentFirstUsesOfAShardWaitForOneBuild() throws Exception {
    Catalogue sample = SampleCatalogue.catalogue();
    CompiledCatalogue lazy = CompiledCatalogue.compile(sample, 8);
    ServiceItem item = sample.versions(sample.items().get(0).code()).get(0);
    int threads = 8;
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<KieBase>> bases = new ArrayList<>();
      for (int i = 0; i < threads; i++) {
        bases.add(pool.submit(() -> {
          start.await();
          return lazy.base(item);
        }));
      }
      start.countDown();
      KieBase one = bases.get(0).get();
      for (Future<KieBase> b : bases) {
        assertThat(b.get()).isSameAs(one);
      }
      assertThat(lazy.shardsBuilt()).isEqualTo(1);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void lazyAndPrebuiltShardsDecideAlike() {
    Catalogue sample = SampleCatalogue.catalogue();
    CompiledCatalogue lazy = CompiledCatalogue.compile(sample, 8);
    // the count first: the shards' rules are then compiled a second time when built
    lazy.ruleCount();
    CompiledCatalogue built = CompiledCatalogue.compile(sample).buildAll();
    RandomApplications random = new RandomApplications(sample, 20261130L);
    for (int i = 0; i < 2_000; i++) {
      Application a = random.next();
      Object expected;
      Object actual;
      try {
        expected = Decider.decide(built, a, TODAY);
      } catch (RuntimeException e) {
        expected = e.getClass();
      }
      try {
        actual = Decider.decide(lazy, a, TODAY);
      } catch (RuntimeException e) {
        actual = e.getClass();
      }
      assertThat(actual).as("application %d", i).isEqualTo(expected);
    }
  }
}
