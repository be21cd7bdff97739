package io.github.tongban.core;

import java.util.Locale;
import java.util.Objects;

/**
 * A user-facing text in simplified Chinese (zh-CN) and English.
 *
 * @param zh the text in simplified Chinese
 * @param en the text in English
 */
public record LocalizedText(String zh, String en) {
  public LocalizedText {
    Objects.requireNonNull(zh, "zh");
    Objects.requireNonNull(en, "en");
  }

  /** The text in the given locale: Chinese for any {@code zh} locale, English otherwise. */
  public String in(Locale locale) {
    return locale != null && "zh".equals(locale.getLanguage()) ? zh : en;
  }

  @Override
  public String toString() {
    return zh + " / " + en;
  }
}
