package io.github.tongban.cli;

import java.util.Locale;

/** The language of the command's output: Chinese by default, English with {@code --lang en}. */
enum Lang {
  zh(Locale.SIMPLIFIED_CHINESE),
  en(Locale.ENGLISH);

  private final Locale locale;

  Lang(Locale locale) {
    this.locale = locale;
  }

  Locale locale() {
    return locale;
  }

  /** The same language in the presentation layer's terms. */
  io.github.tongban.present.Language language() {
    return this == Lang.zh ? io.github.tongban.present.Language.ZH : io.github.tongban.present.Language.EN;
  }

  /** The Chinese or the English text, whichever this language is. */
  String pick(String zh, String en) {
    return this == Lang.zh ? zh : en;
  }
}
