package io.github.tongban.spring;

import io.github.tongban.core.load.CatalogueLoader;
import io.github.tongban.core.load.LoadResult;
import io.github.tongban.core.validation.Problem;
import io.github.tongban.rules.DecisionEngine;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.util.ClassUtils;

/**
 * Auto-configures tongban: the {@link CatalogueLoader}, the {@link CatalogueSource} named by
 * {@code tongban.catalogue.path} (the bundled sample when it is not set), the
 * {@link DecisionEngine} on the catalogue read at startup (the application does not start when it
 * has errors), the {@link ServedCatalogue} that reloads it, the measured {@link TongbanDecisions},
 * and with {@code tongban.reload.watch=true} a watcher that reloads on file change. Every bean
 * backs off when the application defines its own of the same type.
 */
@AutoConfiguration
@EnableConfigurationProperties(TongbanProperties.class)
public class TongbanAutoConfiguration {
  private static final Logger LOG = LoggerFactory.getLogger(TongbanAutoConfiguration.class);

  /** The problems (warnings) of the load at startup, for the first report of the served catalogue; empty with an engine of the application's. */
  private volatile List<Problem> startupProblems = List.of();

  /** The loader, with the default limits; {@code tongban.catalogue.require-complete} makes missing standard elements errors. */
  @Bean
  @ConditionalOnMissingBean
  public CatalogueLoader tongbanCatalogueLoader(TongbanProperties properties) {
    CatalogueLoader loader = CatalogueLoader.withDefaults();
    return properties.getCatalogue().isRequireComplete() ? loader.requiringCompleteItems() : loader;
  }

  /** The folder {@code tongban.catalogue.path}, or the bundled sample when it is not set and tongban-catalog is on the class path. */
  @Bean
  @ConditionalOnMissingBean
  public CatalogueSource tongbanCatalogueSource(CatalogueLoader loader, TongbanProperties properties, ApplicationContext context) {
    if (properties.getCatalogue().getPath() != null) {
      return CatalogueSource.ofFolder(loader, properties.getCatalogue().getPath());
    }
    if (ClassUtils.isPresent(SampleSource.MARKER, context.getClassLoader())) {
      return new SampleSource(loader);
    }
    throw new CatalogueLoadException("tongban.catalogue.path is not set, and the bundled sample (io.github.tongban:tongban-catalog) "
        + "is not on the class path: set tongban.catalogue.path to a catalogue folder");
  }

  /**
   * The engine on the catalogue read from the source at startup.
   *
   * @throws CatalogueLoadException when the catalogue has errors: the application does not start
   */
  @Bean
  @ConditionalOnMissingBean
  public DecisionEngine tongbanDecisionEngine(CatalogueSource source, TongbanProperties properties) {
    LoadResult result = source.load();
    if (!result.isValid()) {
      throw new CatalogueLoadException(source.description(), result.problems());
    }
    DecisionEngine engine = DecisionEngine.of(result.orElseThrow());
    if (properties.getEngine().isWarmUp()) {
      engine.warmUp();
    }
    LOG.info(Messages.get(properties.getLanguage(), "load.served", source.description(), engine.catalogue().info().version(),
        engine.catalogue().items().size()));
    ServedCatalogue.logWarnings(result.warnings(), properties.getLanguage());
    startupProblems = result.problems();
    return engine;
  }

  /** The served catalogue: the engine, when it was loaded, the last reload, and {@link ServedCatalogue#reload()}. */
  @Bean
  @ConditionalOnMissingBean
  public ServedCatalogue tongbanServedCatalogue(DecisionEngine engine, CatalogueSource source, ObjectProvider<TongbanMetrics> metrics,
      TongbanProperties properties) {
    return new ServedCatalogue(engine, source, metrics.getIfAvailable(() -> TongbanMetrics.NONE), properties.getLanguage(), startupProblems);
  }

  /** Decisions on the served catalogue, each one measured. */
  @Bean
  @ConditionalOnMissingBean
  public TongbanDecisions tongbanDecisions(DecisionEngine engine, ObjectProvider<TongbanMetrics> metrics) {
    return new TongbanDecisions(engine, metrics.getIfAvailable(() -> TongbanMetrics.NONE));
  }

  /** Reloads the catalogue when a file under its folder changes ({@code tongban.reload.watch=true}). */
  @Bean
  @ConditionalOnMissingBean
  @ConditionalOnProperty(name = "tongban.reload.watch", havingValue = "true")
  public CatalogueWatcher tongbanCatalogueWatcher(ServedCatalogue served, TongbanProperties properties) {
    return new CatalogueWatcher(served, properties.getReload().getDebounce(), properties.getLanguage());
  }
}
