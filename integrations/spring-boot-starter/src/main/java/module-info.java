/**
 * tongban Spring Boot starter: auto-configures the catalogue loader, the decision engine, reload
 * (on demand and on file change), an Actuator health indicator and Micrometer metrics.
 * Actuator, Micrometer and the bundled sample (tongban-catalog) are optional.
 */
module io.github.tongban.spring {
  requires transitive io.github.tongban.present;
  requires static io.github.tongban.catalog;
  requires transitive spring.boot;
  requires transitive spring.boot.autoconfigure;
  requires transitive spring.context;
  requires spring.beans;
  requires spring.core;
  requires static spring.boot.actuator;
  requires static spring.boot.actuator.autoconfigure;
  requires static micrometer.core;
  requires org.slf4j;

  exports io.github.tongban.spring;
  // Spring reads the configuration classes and binds the properties by reflection
  opens io.github.tongban.spring to spring.core, spring.beans, spring.context, spring.boot;
}
