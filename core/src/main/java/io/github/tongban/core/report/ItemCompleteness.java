package io.github.tongban.core.report;

import io.github.tongban.core.model.ServiceItem;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * How completely one item fills the {@link StandardElement standard elements} (要素完整度): how many
 * of those that apply to it it fills, and which it lacks.
 *
 * @param code the item's code
 * @param name the item's name
 * @param filled how many applicable elements it fills
 * @param total how many elements apply to it
 * @param missing the applicable elements it lacks, in the order of {@link StandardElement}
 */
public record ItemCompleteness(String code, String name, int filled, int total, List<StandardElement> missing) {
  public ItemCompleteness {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(name, "name");
    missing = List.copyOf(missing);
    if (filled < 0 || filled > total || total - filled != missing.size()) {
      throw new IllegalArgumentException("item %s: %d of %d elements filled, but %d missing".formatted(code, filled, total, missing.size()));
    }
  }

  /** The completeness of {@code item}. */
  public static ItemCompleteness of(ServiceItem item) {
    List<StandardElement> applicable = Arrays.stream(StandardElement.values()).filter(e -> e.appliesTo(item)).toList();
    List<StandardElement> missing = applicable.stream().filter(e -> e.isMissingIn(item)).toList();
    return new ItemCompleteness(item.code(), item.name(), applicable.size() - missing.size(), applicable.size(), missing);
  }

  /** Whether it fills every element that applies to it. */
  public boolean isComplete() {
    return missing.isEmpty();
  }

  /** filled / total in percent, two decimals, rounded down: 100.00 only when complete. */
  public BigDecimal percent() {
    return CatalogueReport.percentDown(filled, total);
  }
}
