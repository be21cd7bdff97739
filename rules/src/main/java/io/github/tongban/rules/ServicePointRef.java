package io.github.tongban.rules;

import io.github.tongban.core.model.Region;
import io.github.tongban.core.model.RegionLevel;
import java.util.Objects;

/**
 * A service point, as a decision names it.
 *
 * @param region the code of the region it serves
 * @param regionName the region's name
 * @param name the service point's name, e.g. 滨河路街道便民服务中心
 * @param level the region's level
 */
public record ServicePointRef(String region, String regionName, String name, RegionLevel level) {
  public ServicePointRef {
    Objects.requireNonNull(region, "region");
    Objects.requireNonNull(regionName, "regionName");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(level, "level");
  }

  /** The service point of a region. */
  public static ServicePointRef of(Region region) {
    return new ServicePointRef(region.code(), region.name(), region.servicePoint(), region.level());
  }
}
