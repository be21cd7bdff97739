/**
 * tongban core: the catalogue model, the strict YAML loader and the validator.
 *
 * <p>Exported: the model ({@code model}, {@code condition}), problems and limits
 * ({@code validation}), the loader ({@code load}), and conditions in words ({@code wording}).
 * Everything under {@code internal} is implementation.
 */
module io.github.tongban.core {
  requires com.fasterxml.jackson.databind;
  requires org.yaml.snakeyaml;
  requires com.networknt.schema;

  exports io.github.tongban.core;
  exports io.github.tongban.core.condition;
  exports io.github.tongban.core.model;
  exports io.github.tongban.core.validation;
  exports io.github.tongban.core.load;
  exports io.github.tongban.core.scenario;
  exports io.github.tongban.core.report;
  exports io.github.tongban.core.wording;
  // the settlement of conditions over their possible answers: shared by the validator and the engine only
  exports io.github.tongban.core.internal.logic to io.github.tongban.rules;
}
