package io.github.tongban.core.model;

import java.util.Objects;
import java.util.Optional;

/**
 * Where a material comes from: the applicant, or a shared-data or e-licence source that
 * supplies it so the applicant is not asked for it again.
 *
 * @param kind the kind of source
 * @param provider the named source, e.g. 公安人口信息库; present when the source supplies the material
 * @param issuer the body that issues the material (出具单位), e.g. 县级公安机关
 */
public record MaterialSource(SourceKind kind, Optional<String> provider, Optional<String> issuer) {
  public MaterialSource {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(provider, "provider");
    Objects.requireNonNull(issuer, "issuer");
    if (kind.exempts() && provider.isEmpty()) {
      throw new IllegalArgumentException("a %s source must name its provider".formatted(kind.yamlName()));
    }
  }

  /** Whether the applicant is exempt from handing it in. */
  public boolean exempts() {
    return kind.exempts();
  }
}
