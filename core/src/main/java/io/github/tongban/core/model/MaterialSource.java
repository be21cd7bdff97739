package io.github.tongban.core.model;

import java.util.Objects;
import java.util.Optional;

/**
 * Where a material comes from: the applicant, or a shared-data or e-licence source that
 * supplies it so the applicant is not asked for it again.
 *
 * @param kind the kind of source
 * @param provider the named source, e.g. 公安人口信息库; present unless the applicant brings it
 */
public record MaterialSource(SourceKind kind, Optional<String> provider) {
  public MaterialSource {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(provider, "provider");
    if (kind != SourceKind.APPLICANT && provider.isEmpty()) {
      throw new IllegalArgumentException("a %s source must name its provider".formatted(kind.yamlName()));
    }
  }

  /** Whether the applicant is exempt from handing it in. */
  public boolean exempts() {
    return kind != SourceKind.APPLICANT;
  }
}
