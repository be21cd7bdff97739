package io.github.tongban.core.internal.bind;

import io.github.tongban.core.internal.logic.Formulas;
import io.github.tongban.core.model.FactDefinition;
import io.github.tongban.core.model.Parameter;
import io.github.tongban.core.model.RegionTree;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The dictionaries an item file is checked against, as their own files bound. A dictionary whose
 * file has an error is empty, and the checks that need it are skipped: one mistake is reported
 * once, in its own file, rather than at every reference to it.
 *
 * @param facts the fact dictionary, by id ({@link FactsBinder})
 * @param parameters the dated parameters, by id ({@link ParametersBinder})
 * @param regions the region tree ({@link RegionsBinder})
 */
public record ItemContext(Optional<Map<String, FactDefinition>> facts, Optional<Map<String, Parameter>> parameters,
    Optional<RegionTree> regions) {
  public ItemContext {
    Objects.requireNonNull(facts, "facts");
    Objects.requireNonNull(parameters, "parameters");
    Objects.requireNonNull(regions, "regions");
  }

  /** What an item's logic is built from, when every dictionary bound; empty otherwise. */
  Optional<Formulas.Context> logic() {
    if (facts.isEmpty() || parameters.isEmpty() || regions.isEmpty()) {
      return Optional.empty();
    }
    Map<String, FactDefinition> f = facts.get();
    Map<String, Parameter> p = parameters.get();
    return Optional.of(new Formulas.Context(id -> Optional.ofNullable(f.get(id)), id -> Optional.ofNullable(p.get(id)), regions.get()));
  }
}
