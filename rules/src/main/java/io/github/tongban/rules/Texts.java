package io.github.tongban.rules;

import io.github.tongban.core.LocalizedText;
import java.util.Locale;
import java.util.ResourceBundle;

/** The engine's own texts, from its zh-CN and en resource bundles. */
final class Texts {
  private static final String BUNDLE = "io.github.tongban.rules.messages";
  private static final ResourceBundle EN = ResourceBundle.getBundle(BUNDLE, Locale.ROOT);
  private static final ResourceBundle ZH = ResourceBundle.getBundle(BUNDLE, Locale.SIMPLIFIED_CHINESE);

  private Texts() {}

  /** The text under {@code key} in both languages; a {@link LocalizedText} argument is filled in each text's own language. */
  static LocalizedText of(String key, Object... args) {
    return LocalizedText.fromBundles(ZH, EN, key, args);
  }
}
