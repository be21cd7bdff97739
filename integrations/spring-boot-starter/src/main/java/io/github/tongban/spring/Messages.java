package io.github.tongban.spring;

import io.github.tongban.present.Language;
import io.github.tongban.present.SafeText;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The starter's own wording, in zh-CN and en ({@code messages*.properties}); every argument is neutralised. */
final class Messages {
  private static final String BASE = "io.github.tongban.spring.messages";

  private Messages() {}

  /** The text under {@code key} in {@code language}, each argument neutralised as one line. */
  static String get(Language language, String key, Object... args) {
    ResourceBundle bundle = ResourceBundle.getBundle(BASE, language == Language.ZH ? Locale.SIMPLIFIED_CHINESE : Locale.ROOT);
    Object[] safe = new Object[args.length];
    for (int i = 0; i < args.length; i++) {
      safe[i] = args[i] instanceof String s ? SafeText.line(s) : args[i];
    }
    return new MessageFormat(bundle.getString(key), language.locale()).format(safe);
  }
}
