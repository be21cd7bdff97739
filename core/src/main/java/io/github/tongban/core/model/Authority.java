package io.github.tongban.core.model;

import java.util.Objects;
import java.util.Optional;

/**
 * The implementing authority (实施机关): the kind of authority that decides, at the level where it
 * sits. Which authority of that kind decides a given application follows from the applicant's
 * territory (属地); its local name is in the item's {@link LocalInfo} for each region.
 *
 * @param name the authority's generic name, e.g. 县级医疗保障局
 * @param level the level at which it decides
 * @param nature what kind of body it is (实施主体性质)
 * @param entrustedBy the body that entrusts it (委托部门); present when it is an entrusted organisation
 */
public record Authority(String name, RegionLevel level, Optional<AuthorityNature> nature, Optional<String> entrustedBy) {
  public Authority {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(nature, "nature");
    Objects.requireNonNull(entrustedBy, "entrustedBy");
    if (nature.orElse(null) == AuthorityNature.ENTRUSTED_ORGANISATION && entrustedBy.isEmpty()) {
      throw new IllegalArgumentException("the entrusted organisation %s must name the body that entrusts it".formatted(name));
    }
  }

}
