package io.github.tongban.spring;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tongban.catalog.SampleCatalogue;
import io.github.tongban.core.load.CatalogueLoader;
import io.github.tongban.core.load.LoadResult;
import io.github.tongban.core.validation.Problem;
import io.github.tongban.core.validation.ProblemCode;
import io.github.tongban.rules.Application;
import io.github.tongban.rules.Decision;
import io.github.tongban.rules.DecisionEngine;
import io.github.tongban.rules.Status;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mock.env.MockEnvironment;

/** The beans the starter makes from tongban.*, how startup fails on a bad catalogue, and when the beans back off. */
class TongbanAutoConfigurationTests {
  private final ApplicationContextRunner runner = new ApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(TongbanAutoConfiguration.class));

  @TempDir
  Path temp;

  @Test
  void withoutAPathTheBundledSampleIsServed() {
    runner.run(context -> {
      assertThat(context).hasNotFailed().hasSingleBean(CatalogueLoader.class).hasSingleBean(CatalogueSource.class)
          .hasSingleBean(DecisionEngine.class).hasSingleBean(ServedCatalogue.class).hasSingleBean(TongbanDecisions.class)
          .doesNotHaveBean(CatalogueWatcher.class);
      ServedCatalogue served = context.getBean(ServedCatalogue.class);
      assertThat(served.catalogue().info().version()).isEqualTo(SampleCatalogue.catalogue().info().version());
      assertThat(served.catalogue().items()).hasSameSizeAs(SampleCatalogue.catalogue().items());
      assertThat(served.source().folder()).isEmpty();
      assertThat(served.engine()).isSameAs(context.getBean(DecisionEngine.class));
      assertThat(served.lastReload().outcome()).isEqualTo(ReloadOutcome.LOADED);
      assertThat(served.lastReload().trigger()).isEqualTo(ReloadTrigger.STARTUP);
      TongbanDecisions decisions = context.getBean(TongbanDecisions.class);
      assertThat(decisions.decide(elderlyAllowance(82)).status()).isEqualTo(Status.ELIGIBLE);
      assertThat(decisions.decide(elderlyAllowance(79)).status()).isEqualTo(Status.INELIGIBLE);
      assertThat(decisions.eligibility(elderlyAllowance(79)).status()).isEqualTo(Status.INELIGIBLE);
    });
  }

  @Test
  void aPathServesThatFolder() {
    Path folder = TestCatalogues.smallCopy(temp);
    TestCatalogues.setVersion(folder, "2026.12-test");
    runner.withPropertyValues("tongban.catalogue.path=" + folder).run(context -> {
      assertThat(context).hasNotFailed();
      ServedCatalogue served = context.getBean(ServedCatalogue.class);
      assertThat(served.source().folder()).contains(folder);
      assertThat(served.catalogue().info().version()).isEqualTo("2026.12-test");
      assertThat(served.catalogue().items()).hasSize(TestCatalogues.SMALL.size());
      assertThat(context.getBean(TongbanDecisions.class).decide(elderlyAllowance(82)).catalogueVersion()).isEqualTo("2026.12-test");
    });
  }

  @Test
  void requireCompleteMakesTheLoaderRequireCompleteItems() {
    runner.withPropertyValues("tongban.catalogue.require-complete=true")
        .withBean(CatalogueSource.class, () -> CatalogueSource.ofFolder(CatalogueLoader.withDefaults(), TestCatalogues.smallCopy(temp)))
        .run(context -> assertThat(context.getBean(CatalogueLoader.class).requiresCompleteItems()).isTrue());
    runner.withBean(CatalogueSource.class, () -> CatalogueSource.ofFolder(CatalogueLoader.withDefaults(), TestCatalogues.smallCopy(temp.resolve("b"))))
        .run(context -> assertThat(context.getBean(CatalogueLoader.class).requiresCompleteItems()).isFalse());
  }

  @Test
  void aPathThatIsNoFolderStopsTheStartupNamingIt() {
    Path missing = temp.resolve("no-such-catalogue");
    runner.withPropertyValues("tongban.catalogue.path=" + missing).run(context -> {
      assertThat(context).hasFailed();
      CatalogueLoadException failure = rootCause(context.getStartupFailure(), CatalogueLoadException.class);
      assertThat(failure.problems()).extracting(Problem::code).containsExactly(ProblemCode.CATALOGUE_NOT_A_FOLDER);
      assertThat(failure.getMessage()).contains(missing.toString()).contains("catalogue.not-a-folder");
    });
  }

  @Test
  void aCatalogueWithErrorsStopsTheStartupWithEveryErrorAtItsFileAndLine() {
    Path folder = TestCatalogues.smallCopy(temp);
    String broken = TestCatalogues.addBrokenItem(folder);
    runner.withPropertyValues("tongban.catalogue.path=" + folder).run(context -> {
      assertThat(context).hasFailed();
      CatalogueLoadException failure = rootCause(context.getStartupFailure(), CatalogueLoadException.class);
      assertThat(failure.problems()).filteredOn(Problem::isError)
          .anySatisfy(p -> {
            assertThat(p.code()).isEqualTo(ProblemCode.YAML_DUPLICATE_KEY);
            assertThat(p.location().file()).isEqualTo(broken);
            assertThat(p.location().line()).isEqualTo(2);
          });
      assertThat(failure.getMessage()).contains(broken + ":2:").contains("yaml.duplicate-key");

      // Spring Boot's failure report: the catalogue, each error on its line, and what to do, in tongban.language
      FailureAnalysis en = new CatalogueLoadFailureAnalyzer(new MockEnvironment().withProperty("tongban.language", "en"))
          .analyze(context.getStartupFailure());
      assertThat(en.getDescription()).startsWith("The tongban catalogue " + folder).contains("\n  " + broken + ":2:");
      assertThat(en.getAction()).contains("tongban validate");
      FailureAnalysis zh = new CatalogueLoadFailureAnalyzer(new MockEnvironment()).analyze(context.getStartupFailure());
      assertThat(zh.getDescription()).startsWith("事项目录 " + folder).contains("\n  " + broken + ":2:");
      assertThat(zh.getAction()).contains("tongban validate");
    });
  }

  @Test
  void withoutAPathAndWithoutTheSampleTheStartupAsksForAPath() {
    runner.withClassLoader(new FilteredClassLoader(SampleCatalogue.class)).run(context -> {
      assertThat(context).hasFailed();
      CatalogueLoadException failure = rootCause(context.getStartupFailure(), CatalogueLoadException.class);
      assertThat(failure.getMessage()).contains("tongban.catalogue.path is not set");
      FailureAnalysis analysis = new CatalogueLoadFailureAnalyzer(new MockEnvironment().withProperty("tongban.language", "en"))
          .analyze(context.getStartupFailure());
      assertThat(analysis.getAction()).contains("tongban.catalogue.path");
    });
  }

  @Test
  void watchingTheBundledSampleStopsTheStartup() {
    runner.withPropertyValues("tongban.reload.watch=true").run(context -> {
      assertThat(context).hasFailed();
      assertThat(rootCause(context.getStartupFailure(), CatalogueLoadException.class).getMessage())
          .contains("tongban.reload.watch=true needs a catalogue folder");
    });
  }

  @Test
  void propertiesBindWithTheirDefaults() {
    runner.run(context -> {
      TongbanProperties p = context.getBean(TongbanProperties.class);
      assertThat(p.getCatalogue().getPath()).isNull();
      assertThat(p.getReload().isWatch()).isFalse();
      assertThat(p.getReload().getDebounce()).isEqualTo(Duration.ofMillis(500));
      assertThat(p.getEngine().isWarmUp()).isFalse();
      assertThat(p.getLanguage()).isEqualTo(io.github.tongban.present.Language.ZH);
    });
    runner.withPropertyValues("tongban.reload.debounce=2s", "tongban.language=en", "tongban.engine.warm-up=true").run(context -> {
      TongbanProperties p = context.getBean(TongbanProperties.class);
      assertThat(p.getReload().getDebounce()).isEqualTo(Duration.ofSeconds(2));
      assertThat(p.getLanguage()).isEqualTo(io.github.tongban.present.Language.EN);
      assertThat(context.getBean(DecisionEngine.class).ruleCount()).isPositive();
    });
  }

  @Test
  void theApplicationsOwnBeansWin() {
    Path folder = TestCatalogues.smallCopy(temp);
    runner.withUserConfiguration(OwnBeans.class).withPropertyValues("tongban.catalogue.path=" + folder).run(context -> {
      assertThat(context).hasNotFailed();
      assertThat(context.getBean(CatalogueLoader.class)).isSameAs(OwnBeans.LOADER);
      assertThat(context.getBean(DecisionEngine.class)).isSameAs(context.getBean(OwnBeans.class).engine);
      assertThat(context.getBean(CatalogueSource.class).description()).isEqualTo("own");
      assertThat(context.getBean(TongbanDecisions.class).engine()).isSameAs(context.getBean(OwnBeans.class).engine);
      // the served catalogue wraps the application's own engine and source
      ServedCatalogue served = context.getBean(ServedCatalogue.class);
      assertThat(served.engine()).isSameAs(context.getBean(OwnBeans.class).engine);
      assertThat(served.source().description()).isEqualTo("own");
    });
    runner.withUserConfiguration(OwnServed.class).run(context -> {
      assertThat(context).hasSingleBean(ServedCatalogue.class).hasSingleBean(TongbanDecisions.class);
      assertThat(context.getBean(ServedCatalogue.class)).isSameAs(context.getBean(OwnServed.class).served);
      assertThat(context.getBean(TongbanDecisions.class)).isSameAs(context.getBean(OwnServed.class).decisions);
    });
  }

  @Configuration(proxyBeanMethods = false)
  static class OwnBeans {
    static final CatalogueLoader LOADER = CatalogueLoader.withDefaults();
    final DecisionEngine engine = DecisionEngine.of(SampleCatalogue.catalogue());

    @Bean
    CatalogueLoader ownLoader() {
      return LOADER;
    }

    @Bean
    CatalogueSource ownSource() {
      return new CatalogueSource() {
        @Override
        public LoadResult load() {
          return SampleCatalogue.load(LOADER);
        }

        @Override
        public java.util.Optional<Path> folder() {
          return java.util.Optional.empty();
        }

        @Override
        public String description() {
          return "own";
        }
      };
    }

    @Bean
    DecisionEngine ownEngine() {
      return engine;
    }
  }

  @Configuration(proxyBeanMethods = false)
  static class OwnServed {
    final DecisionEngine engine = DecisionEngine.of(SampleCatalogue.catalogue());
    final ServedCatalogue served = new ServedCatalogue(engine, new SampleSource(CatalogueLoader.withDefaults()), TongbanMetrics.NONE,
        io.github.tongban.present.Language.EN);
    final TongbanDecisions decisions = new TongbanDecisions(engine, TongbanMetrics.NONE);

    @Bean
    DecisionEngine ownEngine() {
      return engine;
    }

    @Bean
    ServedCatalogue ownServed() {
      return served;
    }

    @Bean
    TongbanDecisions ownDecisions() {
      return decisions;
    }
  }

  static Application elderlyAllowance(int age) {
    return Application.forItem("620300-MZ-002").fact("age", age).fact("householdRegion", "620302001001").fact("agentApplies", false)
        .at("620321001").on(LocalDate.of(2026, 2, 12)).build();
  }

  static <T extends Throwable> T rootCause(Throwable failure, Class<T> type) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return type.cast(t);
      }
    }
    throw new AssertionError("no " + type.getSimpleName() + " in " + failure);
  }
}
