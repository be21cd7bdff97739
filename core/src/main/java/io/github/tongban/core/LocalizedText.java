package io.github.tongban.core;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;

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

  /**
   * The text under {@code key} in a Chinese and an English resource bundle (loaded by the caller,
   * whose module holds them), each a {@link MessageFormat} pattern filled with {@code args}; a
   * {@code LocalizedText} argument is filled in each text's own language.
   *
   * @throws IllegalStateException when a bundle has no such key (a programming error)
   */
  public static LocalizedText fromBundles(ResourceBundle zh, ResourceBundle en, String key, Object... args) {
    return new LocalizedText(format(zh, Locale.SIMPLIFIED_CHINESE, key, args), format(en, Locale.ROOT, key, args));
  }

  private static String format(ResourceBundle bundle, Locale locale, String key, Object... args) {
    String pattern;
    try {
      pattern = bundle.getString(key);
    } catch (MissingResourceException e) {
      throw new IllegalStateException("no text for key " + key, e);
    }
    Object[] localized = new Object[args.length];
    for (int i = 0; i < args.length; i++) {
      localized[i] = args[i] instanceof LocalizedText t ? t.in(locale) : args[i];
    }
    return new MessageFormat(pattern, locale).format(localized);
  }

  @Override
  public String toString() {
    return zh + " / " + en;
  }
}
