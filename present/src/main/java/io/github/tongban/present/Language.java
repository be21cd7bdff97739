package io.github.tongban.present;

import java.util.Locale;

/** The language of what tongban shows a person: Chinese (zh-CN, the default) or English. */
public enum Language {
  ZH(Locale.SIMPLIFIED_CHINESE, "zh-CN"),
  EN(Locale.ENGLISH, "en");

  private final Locale locale;
  private final String tag;

  Language(Locale locale, String tag) {
    this.locale = locale;
    this.tag = tag;
  }

  /** The locale, for {@link io.github.tongban.core.LocalizedText#in(Locale)} and number formats. */
  public Locale locale() {
    return locale;
  }

  /** The BCP 47 tag, for HTML's {@code lang} attribute. */
  public String tag() {
    return tag;
  }

  /** The Chinese or the English text, whichever this language is. */
  public String pick(String zh, String en) {
    return this == ZH ? zh : en;
  }

  /** The language of a tag or code such as {@code zh}, {@code zh-CN} or {@code en}; Chinese for anything else. */
  public static Language of(String tag) {
    return tag != null && tag.toLowerCase(Locale.ROOT).startsWith("en") ? EN : ZH;
  }
}
