package io.github.tongban.spark;

import io.github.tongban.core.LocalizedText;
import io.github.tongban.rules.InvalidApplicationException.Problem;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The Spark module's texts, in zh-CN and en: the job's messages, and the one problem only Spark
 * has, a row its JSON or CSV source could not parse (every other value goes through
 * {@link io.github.tongban.rules.ResidentColumns}, as on one machine).
 */
final class SparkValues {
  private static final String BUNDLE = "io.github.tongban.spark.messages";
  private static final ResourceBundle EN = ResourceBundle.getBundle(BUNDLE, Locale.ROOT);
  private static final ResourceBundle ZH = ResourceBundle.getBundle(BUNDLE, Locale.SIMPLIFIED_CHINESE);

  private SparkValues() {}

  /** The job's text under {@code key} in Chinese ({@code zh}) or English, with {@code args} filled in. */
  static String text(boolean zh, String key, Object... args) {
    LocalizedText t = LocalizedText.fromBundles(ZH, EN, key, args);
    return zh ? t.zh() : t.en();
  }

  /** The problem of a row the source could not parse (its text is not repeated: it may hold anything). */
  static Problem unreadable() {
    return new Problem("spark.unreadable-row", "row", LocalizedText.fromBundles(ZH, EN, "spark.unreadable-row"));
  }
}
