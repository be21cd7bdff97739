package io.github.tongban.spring;

/**
 * Where the starter reports what it measures. With Micrometer on the class path and a
 * {@code MeterRegistry} bean, the starter records a timer {@code tongban.decisions} (tags
 * {@code operation} and {@code status}) and a counter {@code tongban.reloads} (tags {@code outcome}
 * and {@code trigger}); otherwise nothing is recorded. Every tag has a handful of values, never an
 * item code or a fact.
 */
public interface TongbanMetrics {
  /** Records nothing. */
  TongbanMetrics NONE = new TongbanMetrics() {
    @Override
    public void decision(String operation, String status, long nanos) {}

    @Override
    public void reload(ReloadReport report) {}
  };

  /**
   * One decision took {@code nanos}.
   *
   * @param operation {@code decide} or {@code eligibility}
   * @param status the decision's status ({@code eligible}, {@code ineligible}, {@code needs_info}), or
   *     {@code invalid} for an application that names an unknown item, point or fact, or {@code error}
   */
  void decision(String operation, String status, long nanos);

  /** One load of the catalogue ended. */
  void reload(ReloadReport report);
}
