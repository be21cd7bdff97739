package io.github.tongban.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An application as a window clerk or a portal knows it so far: the item, the facts known, where
 * it is handed in, and the date. Facts are checked against the catalogue's fact dictionary when
 * decided: an unknown fact or a value of the wrong type is an error, never ignored.
 *
 * <p>A fact's value is a {@link Boolean}, an {@link Integer}, {@link Long} or {@link BigDecimal},
 * a {@link LocalDate}, or a {@link String} (an enum value, a region code, text, or the text form of
 * any of the others, as typed at a terminal or sent in JSON). A {@link Double} or {@link Float}
 * is taken as the decimal it prints as ({@code 810.1} is 810.1, not the binary fraction nearest
 * it); NaN and the infinities are refused.
 *
 * @param item the item code
 * @param facts the known facts by fact id
 * @param channel where it is handed in
 * @param date the application date; empty means today
 */
public record Application(String item, Map<String, Object> facts, Channel channel, Optional<LocalDate> date) {
  public Application {
    Objects.requireNonNull(item, "item");
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(date, "date");
    facts = checkedFacts(facts);
  }

  /**
   * {@code facts} as an application holds them: a {@link Double} or {@link Float} as its decimal
   * form, any other value of a type not taken refused.
   *
   * @throws IllegalArgumentException for a value of a type not taken, NaN or an infinity
   */
  static Map<String, Object> checkedFacts(Map<String, Object> facts) {
    Map<String, Object> copy = new LinkedHashMap<>(facts.size() * 4 / 3 + 1);
    facts.forEach((k, v) -> {
      Objects.requireNonNull(k, "fact id");
      if (v instanceof Double || v instanceof Float) {
        v = decimalForm(k, (Number) v);
      }
      if (!(v instanceof Boolean || v instanceof Integer || v instanceof Long || v instanceof BigDecimal
          || v instanceof LocalDate || v instanceof String)) {
        throw new IllegalArgumentException("fact %s has a value of unsupported type %s".formatted(k, v == null ? "null" : v.getClass().getName()));
      }
      copy.put(k, v);
    });
    return Collections.unmodifiableMap(copy);
  }

  private static BigDecimal decimalForm(String fact, Number n) {
    double d = n.doubleValue();
    if (Double.isNaN(d) || Double.isInfinite(d)) {
      throw new IllegalArgumentException("fact %s is %s, not a number".formatted(fact, n));
    }
    return new BigDecimal(n instanceof Float f ? Float.toString(f) : Double.toString(d));
  }

  /** A builder for an application for the item with the given code. */
  public static Builder forItem(String item) {
    return new Builder(item);
  }

  /** This application with one more fact (or a fact's new value), e.g. an answer to a question. */
  public Application with(String fact, Object value) {
    Map<String, Object> more = new LinkedHashMap<>(facts);
    more.put(fact, value);
    return new Application(item, more, channel, date);
  }

  /** Builds an {@link Application}. */
  public static final class Builder {
    private final String item;
    private final Map<String, Object> facts = new LinkedHashMap<>();
    private Channel channel = Channel.online();
    private LocalDate date;

    private Builder(String item) {
      this.item = Objects.requireNonNull(item, "item");
    }

    /**
     * A known fact: see {@link Application} for the values taken. A {@code double} or {@code float}
     * is taken as the decimal it prints as; pass a {@link BigDecimal} (or the text) for a decimal
     * a {@code double} cannot hold, such as {@code 810.0000000000000001}.
     */
    public Builder fact(String id, Object value) {
      facts.put(id, value);
      return this;
    }

    /** Several known facts. */
    public Builder facts(Map<String, ?> values) {
      facts.putAll(values);
      return this;
    }

    /** Handed in at the service point of the region with this code. */
    public Builder at(String regionCode) {
      channel = Channel.at(regionCode);
      return this;
    }

    /** Handed in online (the default). */
    public Builder online() {
      channel = Channel.online();
      return this;
    }

    /** Handed in on this date (default: today). */
    public Builder on(LocalDate date) {
      this.date = date;
      return this;
    }

    public Application build() {
      return new Application(item, facts, channel, Optional.ofNullable(date));
    }
  }
}
