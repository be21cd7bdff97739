package io.github.tongban.core.model;

import java.util.Objects;
import java.util.Optional;

/**
 * What one region may set for an item locally: only local facts, never a standard element
 * (四级46同: an item is the same everywhere).
 *
 * @param authorityName the local authority's name, e.g. 金川区医疗保障局
 * @param address where the authority or window is
 * @param phone the enquiry telephone
 * @param hours the opening hours
 * @param window the window, e.g. 综合受理3号窗口
 * @param consult how to ask about the item here (咨询方式)
 * @param complaint how to complain about its handling here (监督投诉方式)
 * @param remedies where to apply for administrative review or bring a lawsuit (行政复议, 行政诉讼)
 */
public record LocalInfo(
    Optional<String> authorityName,
    Optional<String> address,
    Optional<String> phone,
    Optional<String> hours,
    Optional<String> window,
    Optional<Consult> consult,
    Optional<Complaint> complaint,
    Optional<Remedies> remedies) {
  public LocalInfo {
    Objects.requireNonNull(authorityName, "authorityName");
    Objects.requireNonNull(address, "address");
    Objects.requireNonNull(phone, "phone");
    Objects.requireNonNull(hours, "hours");
    Objects.requireNonNull(window, "window");
    Objects.requireNonNull(consult, "consult");
    Objects.requireNonNull(complaint, "complaint");
    Objects.requireNonNull(remedies, "remedies");
  }

}
