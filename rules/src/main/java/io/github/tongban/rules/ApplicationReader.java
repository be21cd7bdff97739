package io.github.tongban.rules;

import io.github.tongban.core.condition.FactType;
import io.github.tongban.core.condition.Value;
import io.github.tongban.core.model.Catalogue;
import io.github.tongban.core.model.FactDefinition;
import io.github.tongban.core.model.Region;
import io.github.tongban.core.model.RegionTree;
import io.github.tongban.core.model.ServiceItem;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Checks an application against the catalogue: its item version, service point and facts, typed. */
final class ApplicationReader {
  /** An application checked against the catalogue: its item version, place, date and typed facts. */
  record Checked(ServiceItem item, Map<String, Value> facts, Optional<Region> point, LocalDate date) {}
  /** The most facts one application may carry. */
  static final int MAX_FACTS = 500;
  /** The longest text value of a fact, in characters. */
  static final int MAX_TEXT = 2_000;
  /** The most digits, and the largest exponent, of a number. */
  static final int MAX_NUMBER_DIGITS = 64;

  private ApplicationReader() {}

  /**
   * Checks {@code application} against {@code catalogue}; {@code today} is its date when it names none.
   *
   * @throws InvalidApplicationException listing every problem found
   */
  static Checked check(Catalogue catalogue, Application application, LocalDate today) {
    LocalDate date = application.date().orElse(today);
    List<InvalidApplicationException.Problem> problems = new ArrayList<>();
    Optional<ServiceItem> found = item(catalogue, application.item(), date, problems);
    Optional<Region> point = Optional.empty();
    if (application.channel() instanceof Channel.AtPoint at) {
      point = catalogue.regions().region(at.region());
      if (point.isEmpty()) {
        problems.add(problem("application.unknown-point", "channel", at.region()));
      }
    }
    Map<String, Value> facts = read(catalogue, application.facts(), problems);
    if (!problems.isEmpty()) {
      throw new InvalidApplicationException(problems);
    }
    return new Checked(found.orElseThrow(), facts, point, date);
  }

  /**
   * The version of item {@code code} in force on {@code date}, when it is in use; adds to
   * {@code problems} why there is none: no such item, no version in force, or the version in force
   * is suspended (暂停) or cancelled (取消) — such an item decides nothing, and says so.
   */
  static Optional<ServiceItem> item(Catalogue catalogue, String code, LocalDate date, List<InvalidApplicationException.Problem> problems) {
    Optional<ServiceItem> found = catalogue.item(code, date);
    if (found.isEmpty()) {
      problems.add(catalogue.item(code).isPresent()
          ? problem("application.item-not-in-force", "item", code, date)
          : problem("application.unknown-item", "item", code));
      return found;
    }
    ServiceItem item = found.get();
    return switch (item.status()) {
      case IN_USE -> found;
      case SUSPENDED -> refuse(problems, problem("application.item-suspended", "item", code, item.name(), item.version()));
      case CANCELLED -> refuse(problems, problem("application.item-cancelled", "item", code, item.name(), item.version()));
    };
  }

  private static Optional<ServiceItem> refuse(List<InvalidApplicationException.Problem> problems, InvalidApplicationException.Problem why) {
    problems.add(why);
    return Optional.empty();
  }

  /** The facts as typed values; adds to {@code problems} every fact that is not valid. */
  static Map<String, Value> read(Catalogue catalogue, Map<String, Object> raw, List<InvalidApplicationException.Problem> problems) {
    Map<String, Value> out = new HashMap<>(capacity(Math.min(raw.size(), MAX_FACTS)));
    if (raw.size() > MAX_FACTS) {
      problems.add(problem("application.too-many-facts", "facts", raw.size(), MAX_FACTS));
      return out;
    }
    raw.forEach((id, value) -> {
      FactDefinition def = catalogue.fact(id).orElse(null);
      if (def == null) {
        problems.add(problem("application.unknown-fact", id, id));
        return;
      }
      if (value instanceof String s && s.length() > MAX_TEXT) {
        problems.add(problem("application.value-too-long", id, id, s.length(), MAX_TEXT));
        return;
      }
      Value typed = bounded(convert(def.type(), value));
      if (typed == null || !def.type().accepts(typed)) {
        problems.add(problem("application.wrong-type", id, id, def.type().yamlName(), String.valueOf(value)));
        return;
      }
      if (def.type() == FactType.ENUM && !def.allowedValues().contains(((Value.Text) typed).value())) {
        problems.add(problem("application.not-allowed", id, id, String.valueOf(value), String.join(", ", def.allowedValues())));
        return;
      }
      // any well-formed division code is a region: one outside the tree is elsewhere, outside the city
      if (def.type() == FactType.REGION && !RegionTree.isWellFormedCode(((Value.Text) typed).value())) {
        problems.add(problem("application.malformed-region", id, id, String.valueOf(value)));
        return;
      }
      // the type and the allowed values are checked above: what is left of admits() is the range
      if (typed instanceof Value.Number n && !inRange(def, n.value())) {
        problems.add(problem("application.out-of-range", id, id, typed.toString(),
            def.min().map(BigDecimal::toPlainString).orElse("-"), def.max().map(BigDecimal::toPlainString).orElse("-")));
        return;
      }
      out.put(id, typed);
    });
    return out;
  }

  /** A hash map's capacity for {@code n} entries without a resize. */
  private static int capacity(int n) {
    return n * 4 / 3 + 1;
  }

  private static boolean inRange(FactDefinition def, BigDecimal n) {
    return (def.min().isEmpty() || n.compareTo(def.min().get()) >= 0) && (def.max().isEmpty() || n.compareTo(def.max().get()) <= 0);
  }

  static InvalidApplicationException.Problem problem(String code, String field, Object... args) {
    return new InvalidApplicationException.Problem(code, field, Texts.of(code, args));
  }

  /**
   * The value, or null when it is a number of absurd size: 1e999999999 is a valid BigDecimal whose
   * plain form has a billion digits, so such numbers are refused before anything prints one.
   */
  private static Value bounded(Value v) {
    if (v instanceof Value.Number n && (Math.abs(n.value().scale()) > MAX_NUMBER_DIGITS || n.value().precision() > MAX_NUMBER_DIGITS)) {
      return null;
    }
    return v;
  }

  /** {@code value} as a value of {@code type}, or null when it is not one. */
  private static Value convert(FactType type, Object value) {
    try {
      return switch (type) {
        case BOOLEAN -> value instanceof Boolean b ? new Value.Bool(b)
            : value instanceof String s ? bool(s.trim()) : null;
        case INTEGER, DECIMAL -> {
          if (value instanceof Integer i) {
            yield Value.Number.of(i);
          }
          if (value instanceof Long l) {
            yield Value.Number.of(l);
          }
          if (value instanceof BigDecimal d) {
            yield new Value.Number(d);
          }
          yield value instanceof String s && s.trim().length() <= 40 ? new Value.Number(new BigDecimal(s.trim())) : null;
        }
        case DATE -> value instanceof LocalDate d ? new Value.Date(d)
            : value instanceof String s ? new Value.Date(LocalDate.parse(s.trim())) : null;
        case TEXT, ENUM, REGION -> value instanceof String s ? new Value.Text(type == FactType.TEXT ? s : s.trim()) : null;
      };
    } catch (NumberFormatException | DateTimeParseException e) {
      return null;
    }
  }

  private static Value bool(String s) {
    return switch (s) {
      case "true", "是" -> new Value.Bool(true);
      case "false", "否" -> new Value.Bool(false);
      default -> null;
    };
  }

}
