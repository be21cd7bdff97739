package io.github.tongban.core.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A region of the region tree and the service point that serves it.
 *
 * @param code the region code (行政区划代码)
 * @param name the region's name, e.g. 金川区
 * @param level its level
 * @param servicePoint the name of its service point, e.g. 滨河路街道便民服务中心
 * @param parent the code of the region it lies in; empty for the root
 * @param children the codes of the regions inside it
 */
public record Region(String code, String name, RegionLevel level, String servicePoint, Optional<String> parent, List<String> children) {
  public Region {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(servicePoint, "servicePoint");
    Objects.requireNonNull(parent, "parent");
    children = List.copyOf(children);
  }
}
