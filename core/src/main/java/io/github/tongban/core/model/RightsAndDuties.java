package io.github.tongban.core.model;

import java.util.List;

/**
 * The applicant's rights and duties under the law (申请人权利和义务).
 *
 * @param rights what the applicant is entitled to
 * @param duties what the applicant must do
 */
public record RightsAndDuties(List<String> rights, List<String> duties) {
  public RightsAndDuties {
    rights = List.copyOf(rights);
    duties = List.copyOf(duties);
  }
}
