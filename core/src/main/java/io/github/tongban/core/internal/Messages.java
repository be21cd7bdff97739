package io.github.tongban.core.internal;

import io.github.tongban.core.LocalizedText;
import io.github.tongban.core.validation.Problem;
import io.github.tongban.core.validation.ProblemCode;
import io.github.tongban.core.validation.SourceLocation;
import java.util.Locale;
import java.util.ResourceBundle;

/** Builds problems with their messages and hints from the zh-CN and en resource bundles. */
public final class Messages {
  private static final String BUNDLE = "io.github.tongban.core.internal.problems";
  private static final ResourceBundle EN = ResourceBundle.getBundle(BUNDLE, Locale.ROOT);
  private static final ResourceBundle ZH = ResourceBundle.getBundle(BUNDLE, Locale.SIMPLIFIED_CHINESE);

  private Messages() {}

  /** A problem of the given kind at the given place; {@code args} fill the message's {0}, {1}, …; a {@link LocalizedText} argument is
   * filled in each message's own language. */
  public static Problem problem(ProblemCode code, SourceLocation location, Object... args) {
    return new Problem(code, code.severity(), location, text(code.code() + ".message", args), text(code.code() + ".hint", args));
  }

  /** The text under {@code key} in both languages, formatted with {@code args}. */
  public static LocalizedText text(String key, Object... args) {
    return LocalizedText.fromBundles(ZH, EN, key, args);
  }
}
