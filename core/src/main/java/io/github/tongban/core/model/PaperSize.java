package io.github.tongban.core.model;

/** The paper size a material is handed in on (纸质规格). */
public enum PaperSize {
  /** A4. */
  A4("A4"),
  /** A3. */
  A3("A3"),
  /** A5. */
  A5("A5"),
  /** B5. */
  B5("B5"),
  /** Another size. */
  OTHER("其他");

  private final String label;

  PaperSize(String label) {
    this.label = label;
  }

  /** The Chinese name, as window staff and applicants know it. */
  public String label() {
    return label;
  }

  /** The name used in catalogue files: the size as printed ({@code A4}), or {@code other}. */
  public String yamlName() {
    return this == OTHER ? "other" : name();
  }
}
