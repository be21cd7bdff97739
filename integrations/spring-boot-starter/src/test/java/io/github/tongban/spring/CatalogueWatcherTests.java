package io.github.tongban.spring;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * tongban.reload.watch: a change under the catalogue folder reloads it; an invalid change is refused,
 * the old catalogue keeps serving and the health says so. Waits by polling with a generous timeout,
 * never by sleeping a fixed time: how soon the file system reports a change is not asserted.
 */
class CatalogueWatcherTests {
  private static final Duration PATIENCE = Duration.ofSeconds(60);

  private final ApplicationContextRunner runner = new ApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(TongbanAutoConfiguration.class, TongbanHealthAutoConfiguration.class));

  @TempDir
  Path temp;

  @Test
  void aValidChangeIsServedAndAnInvalidOneIsRefusedWhileTheOldOneServes() {
    Path folder = TestCatalogues.smallCopy(temp);
    runner.withPropertyValues("tongban.catalogue.path=" + folder, "tongban.reload.watch=true", "tongban.reload.debounce=200ms",
        "tongban.language=en").run(context -> {
          assertThat(context).hasNotFailed().hasSingleBean(CatalogueWatcher.class);
          assertThat(context.getBean(CatalogueWatcher.class).isRunning()).isTrue();
          ServedCatalogue served = context.getBean(ServedCatalogue.class);
          TongbanDecisions decisions = context.getBean(TongbanDecisions.class);

          TestCatalogues.setVersion(folder, "2026.12-watched");
          awaitTrue("the changed version is served", () -> served.lastReload().catalogueVersion().equals("2026.12-watched"));
          assertThat(served.lastReload().trigger()).isEqualTo(ReloadTrigger.WATCH);
          assertThat(served.lastReload().outcome()).isEqualTo(ReloadOutcome.LOADED);
          assertThat(decisions.decide(TongbanAutoConfigurationTests.elderlyAllowance(82)).catalogueVersion()).isEqualTo("2026.12-watched");

          String broken = TestCatalogues.addBrokenItem(folder);
          awaitTrue("the broken catalogue is refused", () -> served.lastReload().outcome() == ReloadOutcome.REFUSED);
          assertThat(served.catalogue().info().version()).isEqualTo("2026.12-watched");
          assertThat(decisions.decide(TongbanAutoConfigurationTests.elderlyAllowance(82)).catalogueVersion()).isEqualTo("2026.12-watched");
          assertThat(served.lastReload().errors()).anySatisfy(p -> assertThat(p.location().file()).isEqualTo(broken));
          Health health = context.getBean(TongbanHealthIndicator.class).health();
          assertThat(health.getStatus()).isEqualTo(TongbanHealthIndicator.RELOAD_FAILED);
          @SuppressWarnings("unchecked")
          Map<String, Object> last = (Map<String, Object>) health.getDetails().get("lastReload");
          assertThat(last).containsEntry("outcome", "refused").containsEntry("trigger", "watch");
          assertThat((List<?>) last.get("problems")).anySatisfy(p -> assertThat(p.toString()).startsWith(broken + ":2:"));

          // mending it serves the change again
          Files.delete(folder.resolve(broken));
          TestCatalogues.setVersion(folder, "2026.12-mended");
          awaitTrue("the mended catalogue is served", () -> served.lastReload().catalogueVersion().equals("2026.12-mended"));
          assertThat(context.getBean(TongbanHealthIndicator.class).health().getStatus().getCode()).isEqualTo("UP");
        });
  }

  @Test
  void aFolderCreatedLaterIsWatchedToo() {
    Path folder = TestCatalogues.smallCopy(temp);
    runner.withPropertyValues("tongban.catalogue.path=" + folder, "tongban.reload.watch=true", "tongban.reload.debounce=200ms").run(context -> {
      ServedCatalogue served = context.getBean(ServedCatalogue.class);
      Path sub = Files.createDirectories(folder.resolve("items/民政"));
      awaitTrue("the new folder is read", () -> served.lastReload().trigger() == ReloadTrigger.WATCH);
      int before = served.catalogue().items().size();
      // a file written into the new folder after it was registered
      Files.move(folder.resolve("items/620300-MZ-001.yaml"), sub.resolve("620300-MZ-001.yaml"));
      TestCatalogues.setVersion(folder, "2026.12-moved");
      awaitTrue("the moved item is served", () -> served.lastReload().catalogueVersion().equals("2026.12-moved"));
      assertThat(served.catalogue().items()).hasSize(before);
      Files.writeString(sub.resolve("620300-ZZ-009.yaml"), "code: a\ncode: b\n");
      awaitTrue("the broken file in the new folder is noticed", () -> served.lastReload().outcome() == ReloadOutcome.REFUSED);
      assertThat(served.lastReload().errors()).anySatisfy(p -> assertThat(p.location().file()).isEqualTo("items/民政/620300-ZZ-009.yaml"));
    });
  }

  @Test
  void theWatcherStopsWithTheContext() {
    Path folder = TestCatalogues.smallCopy(temp);
    CatalogueWatcher[] watcher = new CatalogueWatcher[1];
    runner.withPropertyValues("tongban.catalogue.path=" + folder, "tongban.reload.watch=true").run(context -> {
      watcher[0] = context.getBean(CatalogueWatcher.class);
      assertThat(watcher[0].folder()).isEqualTo(folder);
      assertThat(watcher[0].isRunning()).isTrue();
    });
    assertThat(watcher[0].isRunning()).isFalse();
    assertThat(Thread.getAllStackTraces().keySet()).noneMatch(t -> t.getName().equals("tongban-catalogue-watcher") && t.isAlive());
  }

  private static void awaitTrue(String what, BooleanSupplier condition) throws InterruptedException {
    long deadline = System.nanoTime() + PATIENCE.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("not within " + PATIENCE.toSeconds() + " s: " + what);
      }
      Thread.sleep(50);
    }
  }
}
