package io.github.tongban.core.internal.bind;

import io.github.tongban.core.internal.Problems;
import io.github.tongban.core.internal.yaml.YamlDocument;
import io.github.tongban.core.model.ServiceItem;
import io.github.tongban.core.report.StandardElement;
import io.github.tongban.core.validation.ProblemCode;

/**
 * The check a loader that requires complete items runs on each item bound without error: every
 * {@link StandardElement standard element} that applies to the item and that it does not fill is an
 * error ({@code item.incomplete}), once for each place it should be written (each material that
 * lacks its basis, each region that lacks its complaint channel), at the block it belongs in, or at
 * the start of the item when the block itself is missing.
 */
public final class CompletenessCheck {
  private CompletenessCheck() {}

  /** Reports each standard element {@code item}, bound from {@code doc}, lacks. */
  public static void check(YamlDocument doc, ServiceItem item, Problems problems) {
    for (StandardElement element : StandardElement.values()) {
      for (String pointer : element.gapsIn(item)) {
        problems.add(ProblemCode.ITEM_INCOMPLETE, doc.locate(pointer), element.label(), element.label().zh(), element.key());
      }
    }
  }
}
