package io.github.tongban.examples.http;

import io.github.tongban.catalog.SampleCatalogue;
import io.github.tongban.core.load.CatalogueLoader;
import io.github.tongban.rules.DecisionEngine;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Until the starter is merged: the engine on the bundled sample. */
@Configuration
class InterimEngine {
  @Bean
  DecisionEngine engine() {
    return DecisionEngine.of(SampleCatalogue.load(CatalogueLoader.withDefaults()).orElseThrow());
  }
}
