package io.github.tongban.core.validation;

import io.github.tongban.core.LocalizedText;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.regex.Pattern;

/**
 * The problem texts as patterns, without particulars: each {@code {0}}, {@code {1,number,#}} or
 * {@code {0,choice,…}} becomes {@code …}. Read from the same bundles the problems are built from.
 */
final class Templates {
  private static final String BUNDLE = "io.github.tongban.core.internal.problems";
  private static final Pattern ARGUMENT = Pattern.compile("\\{\\d+(,[^{}]*)?}");

  private Templates() {}

  static LocalizedText of(String key) {
    return new LocalizedText(pattern(ResourceBundle.getBundle(BUNDLE, Locale.SIMPLIFIED_CHINESE), key),
        pattern(ResourceBundle.getBundle(BUNDLE, Locale.ROOT), key));
  }

  private static String pattern(ResourceBundle bundle, String key) {
    return ARGUMENT.matcher(bundle.getString(key)).replaceAll("…").replace("''", "'");
  }
}
