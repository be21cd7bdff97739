package io.github.tongban.spring;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tongban.catalog.SampleCatalogue;
import io.github.tongban.core.LocalizedText;
import io.github.tongban.core.load.CatalogueLoader;
import io.github.tongban.core.load.LoadResult;
import io.github.tongban.core.validation.Problem;
import io.github.tongban.core.validation.ProblemCode;
import io.github.tongban.core.validation.Severity;
import io.github.tongban.core.validation.SourceLocation;
import io.github.tongban.present.Language;
import io.github.tongban.rules.DecisionEngine;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reloads: one at a time, refused when invalid, failed when the source breaks, and what the log says. */
class ServedCatalogueTests {
  @TempDir
  Path temp;

  /** A source that counts the loads running at once, and can hold each load until released. */
  private static final class CountingSource implements CatalogueSource {
    final CatalogueSource delegate;
    final AtomicInteger running = new AtomicInteger();
    final AtomicInteger most = new AtomicInteger();
    final AtomicInteger loads = new AtomicInteger();
    volatile CountDownLatch entered = new CountDownLatch(0);
    volatile CountDownLatch release = new CountDownLatch(0);
    volatile RuntimeException failure;

    CountingSource(CatalogueSource delegate) {
      this.delegate = delegate;
    }

    @Override
    public LoadResult load() {
      int now = running.incrementAndGet();
      most.accumulateAndGet(now, Math::max);
      loads.incrementAndGet();
      try {
        entered.countDown();
        release.await(30, TimeUnit.SECONDS);
        if (failure != null) {
          throw failure;
        }
        return delegate.load();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      } finally {
        running.decrementAndGet();
      }
    }

    @Override
    public Optional<Path> folder() {
      return delegate.folder();
    }

    @Override
    public String description() {
      return delegate.description();
    }
  }

  private ServedCatalogue served(CatalogueSource source) {
    return new ServedCatalogue(DecisionEngine.of(source.load().orElseThrow()), source, TongbanMetrics.NONE, Language.EN);
  }

  @Test
  void reloadsRunOneAtATime() throws Exception {
    CountingSource source = new CountingSource(CatalogueSource.ofFolder(CatalogueLoader.withDefaults(), TestCatalogues.smallCopy(temp)));
    ServedCatalogue served = served(source);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<ReloadReport>> reports = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        reports.add(pool.submit(() -> served.reload()));
      }
      for (Future<ReloadReport> r : reports) {
        assertThat(r.get(120, TimeUnit.SECONDS).outcome()).isEqualTo(ReloadOutcome.LOADED);
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(source.loads.get()).isEqualTo(1 + 8);
    assertThat(source.most.get()).isEqualTo(1);
  }

  @Test
  void tryReloadTurnsAwayASecondCallerWhileAReloadRuns() throws Exception {
    CountingSource source = new CountingSource(CatalogueSource.ofFolder(CatalogueLoader.withDefaults(), TestCatalogues.smallCopy(temp)));
    ServedCatalogue served = served(source);
    source.entered = new CountDownLatch(1);
    source.release = new CountDownLatch(1);
    ExecutorService pool = Executors.newSingleThreadExecutor();
    try {
      Future<ReloadReport> first = pool.submit(() -> served.reload());
      assertThat(source.entered.await(30, TimeUnit.SECONDS)).isTrue();
      assertThat(served.tryReload()).isEmpty();
      source.release.countDown();
      assertThat(first.get(60, TimeUnit.SECONDS).loaded()).isTrue();
      assertThat(served.tryReload()).hasValueSatisfying(r -> assertThat(r.loaded()).isTrue());
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aSourceThatBreaksFailsTheReloadAndTheCatalogueKeepsServing() {
    CountingSource source = new CountingSource(new SampleSource(CatalogueLoader.withDefaults()));
    ServedCatalogue served = served(source);
    Instant loadedAt = served.loadedAt();
    source.failure = new java.io.UncheckedIOException("disk gone \u001b[31m\nforged line", new java.io.IOException());
    ReloadReport report = served.reload(ReloadTrigger.WATCH);
    assertThat(report.outcome()).isEqualTo(ReloadOutcome.FAILED);
    assertThat(report.trigger()).isEqualTo(ReloadTrigger.WATCH);
    assertThat(report.failure()).contains("disk gone").doesNotContain("\u001b").doesNotContain("\n");
    assertThat(report.catalogueVersion()).isEqualTo(SampleCatalogue.catalogue().info().version());
    assertThat(served.lastReload()).isEqualTo(report);
    assertThat(served.loadedAt()).isEqualTo(loadedAt);
  }

  @Test
  void theLogOfARefusalIsNeutralisedAndHasOneLinePerError() {
    Problem hostile = new Problem(ProblemCode.YAML_SYNTAX, Severity.ERROR, new SourceLocation("items/\u001b]0;x\u0007a.yaml", 3, 1, ""),
        new LocalizedText("坏\n::error file=x::伪造", "bad\n::error file=x::forged \u202Eevil"), new LocalizedText("改", "fix"));
    Problem warning = new Problem(ProblemCode.YAML_SYNTAX, Severity.WARNING, new SourceLocation("items/b.yaml", 1, 1, ""),
        new LocalizedText("警告", "warning"), new LocalizedText("改", "fix"));
    ReloadReport report = new ReloadReport(ReloadOutcome.REFUSED, ReloadTrigger.WATCH, Instant.EPOCH, "v\u001b[2J1", List.of(hostile, warning), "");
    String log = ServedCatalogue.refusal(report, "/srv/cat\u001b[31m", Language.EN);
    assertThat(log).doesNotContain("\u001b").doesNotContain("\u0007").doesNotContain("\u202E");
    assertThat(log.lines()).hasSize(2);
    assertThat(log.lines().toList().get(0)).startsWith("Catalogue reload (watch) refused: /srv/cat").contains("1 error(s)");
    assertThat(log.lines().toList().get(1)).startsWith("  items/").contains(":3:1: error yaml.syntax: bad ::error");
    String zh = ServedCatalogue.refusal(report, "/srv/cat", Language.ZH);
    assertThat(zh.lines().toList().get(0)).startsWith("事项目录重新加载(watch)被拒绝");
  }
}
