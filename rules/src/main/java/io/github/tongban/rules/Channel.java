package io.github.tongban.rules;

import java.util.Objects;

/** Where an application is handed in: at a service point of the region tree, or online. */
public sealed interface Channel {
  /** Online, through the government service network (网上办理). */
  static Channel online() {
    return Online.INSTANCE;
  }

  /** At the service point of the region with the given code. */
  static Channel at(String regionCode) {
    return new AtPoint(regionCode);
  }

  /** Online. */
  enum Online implements Channel {
    INSTANCE
  }

  /**
   * At a service point.
   *
   * @param region the code of the region whose service point it is
   */
  record AtPoint(String region) implements Channel {
    public AtPoint {
      Objects.requireNonNull(region, "region");
    }
  }
}
