package io.github.tongban.core.model;

import java.util.Locale;

/** A level of government and of the region tree (行使层级), from the highest down. */
public enum RegionLevel {
  /** The province. */
  PROVINCE("省级"),
  /** The city. */
  CITY("市级"),
  /** A county-level division (县、区). */
  COUNTY("县级"),
  /** A township or street, served by a service centre (便民服务中心). */
  TOWNSHIP("乡级"),
  /** A village or community, served by a service station (便民服务站). */
  VILLAGE("村级");

  private final String label;

  RegionLevel(String label) {
    this.label = label;
  }

  /** The Chinese name, as window staff and applicants know it. */
  public String label() {
    return label;
  }

  /** The name used in catalogue files: lower case, words joined by a hyphen. */
  public String yamlName() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
