package io.github.tongban.present;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.tongban.core.model.Catalogue;
import io.github.tongban.core.model.ServiceItem;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The list of a catalogue's items (the {@code list} command, the item routes): the version of each
 * item in force on a day, with code, name, department, scope, online level and version, and a flag
 * when a newer version is published to come into force later. Items with no version in force that
 * day are left out.
 */
public final class Listing {
  private Listing() {}

  /** One line per item in force on {@code date}, then the catalogue's notice; every catalogue text on one safe line. */
  public static List<String> lines(Catalogue catalogue, LocalDate date, Language language) {
    List<String> out = new ArrayList<>();
    for (ServiceItem i : catalogue.itemsInForce(date)) {
      String line = "%-16s %s | %s | %s | %s | %s".formatted(i.code(), i.name(), i.department(), Labels.of(i.scope(), language),
          Labels.of(i.onlineLevel(), language), i.version());
      out.add(SafeText.line(line + Guides.upcoming(catalogue, i.code(), date, language).map(u -> " | " + u).orElse("")));
    }
    catalogue.info().notice().ifPresent(n -> out.add(SafeText.line(Guides.TEXTS.get(language, "list.note", n))));
    return out;
  }

  /**
   * The items in force on {@code date} as JSON: {@code code, name, department, scope, onlineLevel}
   * (the names catalogue files use), {@code version, from, to}, and {@code upcoming: {version, from}}
   * when a newer version is published, else null.
   */
  public static ArrayNode json(Catalogue catalogue, LocalDate date) {
    ArrayNode items = Json.mapper().createArrayNode();
    for (ServiceItem i : catalogue.itemsInForce(date)) {
      ObjectNode n = items.addObject().put("code", i.code()).put("name", i.name()).put("department", i.department())
          .put("scope", i.scope().name()).put("onlineLevel", i.onlineLevel().name()).put("version", i.version())
          .put("from", i.validity().from().toString()).put("to", i.validity().to().map(LocalDate::toString).orElse(null));
      catalogue.upcoming(i.code(), date).ifPresentOrElse(
          next -> n.putObject("upcoming").put("version", next.version()).put("from", next.validity().from().toString())
              .put("status", next.status().name()),
          () -> n.putNull("upcoming"));
    }
    return items;
  }
}
