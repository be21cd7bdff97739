package io.github.tongban.present;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The fixed wording of one part of the presentation layer, from a resource bundle in English
 * ({@code name.properties}) and Chinese ({@code name_zh_CN.properties}). Patterns are
 * {@link MessageFormat} patterns: {@code {0}} is the first argument, and a literal apostrophe is
 * written twice.
 */
public final class Texts {
  private final String name;
  private final ResourceBundle en;
  private final ResourceBundle zh;

  private Texts(String name) {
    this.name = name;
    String base = "io.github.tongban.present." + name;
    this.en = ResourceBundle.getBundle(base, Locale.ROOT);
    this.zh = ResourceBundle.getBundle(base, Locale.SIMPLIFIED_CHINESE);
  }

  /** The texts of the bundle {@code io/github/tongban/present/NAME*.properties}. */
  public static Texts of(String name) {
    return new Texts(name);
  }

  /** The text under {@code key} in {@code language}, with {@code args} filled in. */
  public String get(Language language, String key, Object... args) {
    ResourceBundle bundle = language == Language.ZH ? zh : en;
    String pattern;
    try {
      pattern = bundle.getString(key);
    } catch (MissingResourceException e) {
      throw new IllegalStateException("no text " + key + " in bundle " + name, e);
    }
    return args.length == 0 ? pattern.replace("''", "'") : new MessageFormat(pattern, language.locale()).format(args);
  }

  /** Whether the bundle has {@code key}. */
  public boolean has(String key) {
    return en.containsKey(key);
  }
}
