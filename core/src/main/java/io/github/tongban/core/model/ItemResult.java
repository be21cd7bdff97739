package io.github.tongban.core.model;

import java.util.Objects;
import java.util.Optional;

/**
 * What an item gives the applicant (审批结果). The result of one item can exempt a material of
 * another when it goes into the e-licence library.
 *
 * @param type the kind of result
 * @param name its name (审批结果名称), e.g. 残疾人证
 * @param sample where a sample of it can be seen (审批结果样本); required with a name
 * @param toLicenceLibrary whether it goes into the e-licence library (是否进入电子证照库)
 */
public record ItemResult(ResultType type, Optional<String> name, Optional<String> sample, boolean toLicenceLibrary) {
  public ItemResult {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(sample, "sample");
  }
}
