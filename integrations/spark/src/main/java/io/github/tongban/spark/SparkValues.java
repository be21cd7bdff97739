package io.github.tongban.spark;

import io.github.tongban.core.LocalizedText;
import io.github.tongban.rules.InvalidApplicationException.Problem;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * A Spark column value as a fact value of an application: the Java forms an application takes
 * (text, true/false, whole numbers, exact decimals, dates) pass unchanged, and the engine's one
 * reading of facts ({@code ApplicationReader}) types and checks them against the fact dictionary,
 * as for every front end. What Spark alone produces is mapped here: small integers widen, a SQL
 * date becomes a date, a floating-point value goes on in its decimal form unless it is NaN or
 * infinite; any other type (arrays, maps, structs, timestamps, binary) is a problem of that row.
 */
final class SparkValues {
  private static final String BUNDLE = "io.github.tongban.spark.messages";
  private static final ResourceBundle EN = ResourceBundle.getBundle(BUNDLE, Locale.ROOT);
  private static final ResourceBundle ZH = ResourceBundle.getBundle(BUNDLE, Locale.SIMPLIFIED_CHINESE);

  private SparkValues() {}

  /** {@code value} of column {@code fact} as a fact value; null when unknown, or (with a problem added) when it cannot be one. */
  static Object fact(String fact, Object value, List<Problem> problems) {
    if (value == null || value instanceof String || value instanceof Boolean || value instanceof Integer
        || value instanceof Long || value instanceof BigDecimal || value instanceof LocalDate) {
      return value;
    }
    if (value instanceof Short || value instanceof Byte) {
      return ((Number) value).intValue();
    }
    if (value instanceof java.sql.Date d) {
      return d.toLocalDate();
    }
    if (value instanceof Double || value instanceof Float) {
      double d = ((Number) value).doubleValue();
      if (Double.isNaN(d) || Double.isInfinite(d)) {
        problems.add(problem("spark.not-a-number", fact, fact, String.valueOf(value)));
        return null;
      }
      return value;
    }
    problems.add(problem("spark.unsupported-type", fact, fact, value.getClass().getSimpleName()));
    return null;
  }

  /** The resident's id from the id column's value; null, with a problem added, when there is none. */
  static String id(String column, Object value, List<Problem> problems) {
    if (value instanceof String || value instanceof Long || value instanceof Integer) {
      String id = value.toString();
      if (!id.isBlank()) {
        return id;
      }
    }
    problems.add(problem("spark.no-id", column, column));
    return null;
  }

  /** The problem of a row the source could not parse (its text is not repeated: it may hold anything). */
  static Problem unreadable() {
    return problem("spark.unreadable-row", "row");
  }

  static Problem problem(String code, String field, Object... args) {
    return new Problem(code, field, LocalizedText.fromBundles(ZH, EN, code, args));
  }
}
