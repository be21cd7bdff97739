package io.github.tongban.rules.internal;

import io.github.tongban.core.LocalizedText;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The engine's own texts, from its zh-CN and en resource bundles. */
final class Texts {
  private static final String BUNDLE = "io.github.tongban.rules.internal.messages";
  private static final ResourceBundle EN = ResourceBundle.getBundle(BUNDLE, Locale.ROOT);
  private static final ResourceBundle ZH = ResourceBundle.getBundle(BUNDLE, Locale.SIMPLIFIED_CHINESE);

  private Texts() {}

  /** The text under {@code key} in both languages; a {@link LocalizedText} argument is filled in each text's own language. */
  static LocalizedText of(String key, Object... args) {
    return new LocalizedText(format(ZH, Locale.SIMPLIFIED_CHINESE, key, args), format(EN, Locale.ROOT, key, args));
  }

  private static String format(ResourceBundle bundle, Locale locale, String key, Object... args) {
    Object[] localized = new Object[args.length];
    for (int i = 0; i < args.length; i++) {
      localized[i] = args[i] instanceof LocalizedText t ? t.in(locale) : args[i];
    }
    return new MessageFormat(bundle.getString(key), locale).format(localized);
  }
}
