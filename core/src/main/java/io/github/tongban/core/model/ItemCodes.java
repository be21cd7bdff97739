package io.github.tongban.core.model;

import java.util.Objects;
import java.util.Optional;

/**
 * The national codes of an item (GB/T 39554.1-2020), beside the catalogue's own item code.
 *
 * @param catalog the basic code (基本编码, CATALOG_CODE): the same at every level
 * @param task the implementation code (实施编码, TASK_CODE) of one implementing body
 * @param handleItem the code of the smallest unit handled (业务办理项编码, TASK_HANDLE_ITEM)
 */
public record ItemCodes(String catalog, Optional<String> task, Optional<String> handleItem) {
  public ItemCodes {
    Objects.requireNonNull(catalog, "catalog");
    Objects.requireNonNull(task, "task");
    Objects.requireNonNull(handleItem, "handleItem");
  }
}
