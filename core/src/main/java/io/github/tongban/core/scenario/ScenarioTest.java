package io.github.tongban.core.scenario;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One scenario test of a catalogue item, as written in YAML beside the catalogue: an
 * application (facts, place, date) and what its decision must be.
 *
 * @param file the test file, relative to the catalogue folder
 * @param line the line where the test starts
 * @param item the item code
 * @param name the test's name
 * @param date the application date; empty means the runner's today
 * @param at the service point's region code; empty means online
 * @param facts the known facts, as written (booleans, numbers as {@link java.math.BigDecimal} or
 *     {@link Long}, text)
 * @param expect what the decision must be
 */
public record ScenarioTest(String file, int line, String item, String name, Optional<LocalDate> date, Optional<String> at,
    Map<String, Object> facts, Expectation expect) {
  public ScenarioTest {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(item, "item");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(expect, "expect");
    facts = Collections.unmodifiableMap(new LinkedHashMap<>(facts));
  }

  /** {@code file:line}, where the test is written. */
  public String where() {
    return file + ":" + line;
  }
}
