package io.github.tongban.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tongban.catalog.SampleCatalogue;
import io.github.tongban.core.load.CatalogueLoader;
import io.github.tongban.core.load.LoadResult;
import io.github.tongban.core.model.Catalogue;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConcurrencyAndReloadTests {
  static final int THREADS = 8;
  static final int PER_THREAD = 1_000;
  static final int DECISIONS_PER_THREAD = 2_000;

  @Test
  void eightThreadsGetTheSameAnswersAsOne() throws Exception {
    DecisionEngine engine = DecisionEngine.of(SampleCatalogue.catalogue());
    RandomApplications random = new RandomApplications(engine.catalogue(), 7L);
    List<Application> applications = Stream.generate(random::next).limit(PER_THREAD).toList();
    List<Decision> expected = applications.stream().map(engine::decide).toList();

    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      List<Future<List<Decision>>> futures = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        int offset = t * 97;
        futures.add(pool.submit(() -> {
          List<Decision> out = new ArrayList<>();
          for (int i = 0; i < PER_THREAD; i++) {
            out.add(engine.decide(applications.get((i + offset) % PER_THREAD)));
          }
          return out;
        }));
      }
      for (int t = 0; t < THREADS; t++) {
        List<Decision> got = futures.get(t).get(2, TimeUnit.MINUTES);
        int offset = t * 97;
        for (int i = 0; i < PER_THREAD; i++) {
          assertThat(got.get(i)).isEqualTo(expected.get((i + offset) % PER_THREAD));
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void reloadSwapsAtomicallyAndAnInvalidCatalogueIsRefused(@TempDir Path dir) throws Exception {
    copySample(dir);
    Path info = dir.resolve("catalogue.yaml");
    Files.writeString(info, Files.readString(info).replace("version: 2026.11-sample", "version: 2026.12-sample"));
    Catalogue next = CatalogueLoader.withDefaults().load(dir).orElseThrow();
    Path item = dir.resolve("items/620300-MZ-002.yaml");
    Files.writeString(item, Files.readString(item).replace("promised: 5", "promised: 50"));
    LoadResult broken = CatalogueLoader.withDefaults().load(dir);
    assertThat(broken.isValid()).isFalse();

    DecisionEngine engine = DecisionEngine.of(SampleCatalogue.catalogue());
    Application a = DecisionEngineTests.elderly(82).at(DecisionEngineTests.JINCHUAN_TOWN).build();
    assertThat(engine.decide(a).catalogueVersion()).isEqualTo("2026.11-sample");

    assertThat(engine.reload(broken)).isFalse();
    assertThat(engine.decide(a).catalogueVersion()).as("the old catalogue keeps serving").isEqualTo("2026.11-sample");

    Decision before = engine.decide(a);
    engine.reload(next);
    Decision after = engine.decide(a);
    assertThat(after.catalogueVersion()).isEqualTo("2026.12-sample");
    assertThat(after.status()).isEqualTo(before.status());
  }

  @Test
  void decisionsDuringReloadsAreEachRightForTheVersionTheyReport(@TempDir Path dir) throws Exception {
    Catalogue v1 = SampleCatalogue.catalogue();
    Catalogue v2 = secondVersion(dir);
    Path item = dir.resolve("items/620300-MZ-002.yaml");
    Application a = DecisionEngineTests.elderly(82).at(DecisionEngineTests.JINCHUAN_TOWN).build();
    Decision expected1 = DecisionEngine.of(v1).decide(a);
    Decision expected2 = DecisionEngine.of(v2).decide(a);
    assertThat(expected1.timing().promisedDue()).isNotEqualTo(expected2.timing().promisedDue());

    DecisionEngine engine = DecisionEngine.of(v1);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Integer>> workers = new ArrayList<>();
      for (int t = 0; t < 3; t++) {
        workers.add(pool.submit(() -> {
          for (int i = 0; i < 2_000; i++) {
            Decision d = engine.decide(a);
            assertThat(d).isEqualTo(d.catalogueVersion().equals("2026.11-sample") ? expected1 : expected2);
          }
          return 2_000;
        }));
      }
      for (int r = 0; r < 6; r++) {
        engine.reload(r % 2 == 0 ? v2 : v1);
      }
      for (Future<Integer> w : workers) {
        assertThat(w.get(2, TimeUnit.MINUTES)).isEqualTo(2_000);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * The stress test of issue 7: 8 threads decide a fixed number of random applications while the
   * main thread reloads again every few milliseconds after each build, alternating a valid and an invalid catalogue.
   * No exception; every decision equals the single-thread answer for the version it reports;
   * the invalid catalogue is never served.
   */
  @Test
  void stressReloadsAlternatingValidAndInvalidCatalogues(@TempDir Path dir) throws Exception {
    Catalogue v1 = SampleCatalogue.catalogue();
    Catalogue v2 = secondVersion(dir);
    Path item = dir.resolve("items/620300-MZ-002.yaml");
    Files.writeString(item, Files.readString(item).replace("promised: 3", "promised: 300"));
    LoadResult invalid = CatalogueLoader.withDefaults().load(dir);
    assertThat(invalid.isValid()).isFalse();

    RandomApplications random = new RandomApplications(v1, 99L);
    List<Application> applications = Stream.generate(random::next).limit(200).toList();
    DecisionEngine one = DecisionEngine.of(v1);
    DecisionEngine two = DecisionEngine.of(v2);
    java.util.Map<String, List<Decision>> expected = java.util.Map.of(
        "2026.11-sample", applications.stream().map(one::decide).toList(),
        "2026.12-sample", applications.stream().map(two::decide).toList());

    DecisionEngine engine = DecisionEngine.of(v1);
    java.util.Set<String> seen = java.util.concurrent.ConcurrentHashMap.newKeySet();
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      List<Future<Integer>> workers = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        int offset = t * 31;
        workers.add(pool.submit(() -> {
          for (int i = 0; i < DECISIONS_PER_THREAD; i++) {
            int k = (i + offset) % applications.size();
            Decision d = engine.decide(applications.get(k));
            assertThat(expected).containsKey(d.catalogueVersion());
            assertThat(d).isEqualTo(expected.get(d.catalogueVersion()).get(k));
            seen.add(d.catalogueVersion());
          }
          return DECISIONS_PER_THREAD;
        }));
      }
      int reloads = 0;
      while (workers.stream().anyMatch(w -> !w.isDone()) && reloads < 2_000) {
        switch (reloads % 4) {
          case 0 -> engine.reload(v2);
          case 2 -> engine.reload(v1);
          default -> assertThat(engine.reload(invalid)).as("the invalid catalogue is refused").isFalse();
        }
        reloads++;
        Thread.sleep(3);
      }
      for (Future<Integer> w : workers) {
        assertThat(w.get(5, TimeUnit.MINUTES)).isEqualTo(DECISIONS_PER_THREAD);
      }
      assertThat(reloads).as("reloads happened while deciding").isGreaterThanOrEqualTo(2);
      assertThat(seen).as("decisions were made on both versions").containsExactlyInAnyOrder("2026.11-sample", "2026.12-sample");
    } finally {
      pool.shutdownNow();
    }
  }

  /** The sample as version 2026.12-sample, written into {@code dir}, with the elderly allowance promised in 3 days instead of 5. */
  static Catalogue secondVersion(Path dir) throws IOException {
    copySample(dir);
    Path info = dir.resolve("catalogue.yaml");
    Files.writeString(info, Files.readString(info).replace("version: 2026.11-sample", "version: 2026.12-sample"));
    Path item = dir.resolve("items/620300-MZ-002.yaml");
    Files.writeString(item, Files.readString(item).replace("promised: 5", "promised: 3"));
    return CatalogueLoader.withDefaults().load(dir).orElseThrow();
  }

  static void copySample(Path target) {
    SampleCatalogue.copyTo(target);
  }
}
