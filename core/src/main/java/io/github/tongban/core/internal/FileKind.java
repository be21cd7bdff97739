package io.github.tongban.core.internal;

import java.util.Locale;

/** The kinds of file a catalogue folder holds, each with its own schema. */
public enum FileKind {
  CATALOGUE("catalogue.schema.json"),
  FACTS("facts.schema.json"),
  PARAMETERS("parameters.schema.json"),
  REGIONS("regions.schema.json"),
  CALENDAR("calendar.schema.json"),
  ITEM("item.schema.json"),
  /** Scenario tests of an item; not part of the catalogue itself. */
  TESTS("tests.schema.json");

  private final String schemaFile;

  FileKind(String schemaFile) {
    this.schemaFile = schemaFile;
  }

  /** The schema's file name, e.g. {@code item.schema.json}. */
  public String schemaFile() {
    return schemaFile;
  }

  /**
   * The kind of the file at {@code path} (relative, forward slashes), or null when the catalogue
   * does not read it.
   */
  public static FileKind of(String path) {
    String p = path.toLowerCase(Locale.ROOT);
    if (!p.endsWith(".yaml") && !p.endsWith(".yml")) {
      return null;
    }
    String stem = p.substring(0, p.lastIndexOf('.'));
    switch (stem) {
      case "catalogue":
        return CATALOGUE;
      case "facts":
        return FACTS;
      case "parameters":
        return PARAMETERS;
      case "regions":
        return REGIONS;
      default:
        break;
    }
    if (p.startsWith("calendar/") && p.indexOf('/', "calendar/".length()) < 0) {
      return CALENDAR;
    }
    if (p.startsWith("items/")) {
      return ITEM;
    }
    if (p.startsWith("tests/")) {
      return TESTS;
    }
    return null;
  }
}
