package io.github.tongban.core.model;

import java.util.Objects;

/**
 * The implementing authority (实施机关): the kind of authority that decides, at the level where it
 * sits. Which authority of that kind decides a given application follows from the applicant's
 * territory (属地); its local name is in the item's {@link LocalInfo} for each region.
 *
 * @param name the authority's generic name, e.g. 县级医疗保障局
 * @param level the level at which it decides
 */
public record Authority(String name, RegionLevel level) {
  public Authority {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(level, "level");
  }
}
