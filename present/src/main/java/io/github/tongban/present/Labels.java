package io.github.tongban.present;

import java.util.Collection;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The names of the catalogue model's enumerated values (item type, level, scope, handling mode,
 * online level, material form and source, delivery, special services, home basis) in Chinese or
 * English, so no document ever shows an enum constant. The Chinese names are the ones the model's
 * {@code label()} gives; the bundle is {@code labels*.properties}, keyed {@code Type.yaml-name}.
 */
public final class Labels {
  private static final Texts TEXTS = Texts.of("labels");

  private Labels() {}

  /** The name of {@code value} in {@code language}, e.g. {@code 全程网办} or {@code fully online}. */
  public static String of(Enum<?> value, Language language) {
    return TEXTS.get(language, key(value));
  }

  /** The names of {@code values} in {@code language}, joined as a list is written (、 or a comma). */
  public static String join(Collection<? extends Enum<?>> values, Language language) {
    return values.stream().map(v -> of(v, language)).collect(Collectors.joining(language.pick("、", ", ")));
  }

  /** The bundle key of {@code value}: its type's simple name, a dot, and its name as catalogue files write it. */
  static String key(Enum<?> value) {
    return value.getDeclaringClass().getSimpleName() + "." + value.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
