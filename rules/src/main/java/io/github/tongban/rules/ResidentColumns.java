package io.github.tongban.rules;

import io.github.tongban.core.model.Catalogue;
import io.github.tongban.core.model.ServiceItem;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * How the columns of a residents table (a CSV header, the keys of JSON Lines, a Spark schema)
 * become the residents a {@link Screening} decides: the one conversion of a row into a resident,
 * for {@code tongban screen} and the Spark job alike.
 *
 * <p>Only the facts the chosen items read ({@link ServiceItem#factsRead()} of the version in force
 * on the screening date) are taken from a row, for personal-information minimisation (个人信息最小化);
 * every other column is ignored, and {@link #ignored} names them so that a front end can say so
 * once. A column carries the fact of the same id unless a mapping names another column for it
 * ({@code id=身份证号, age=年龄}); the column {@value #ID} (or the one mapped to it) is the
 * resident's id. An empty cell, a blank text or {@code null} is a fact not known.
 *
 * <pre>{@code
 * ResidentColumns columns = ResidentColumns.of(catalogue, List.of("620300-MZ-002"), date, Map.of("age", "年龄"));
 * Screening.Resident r = columns.resident(2, Map.of("id", "r1", "年龄", "82", "name", "…"));   // name is ignored
 * }</pre>
 */
public final class ResidentColumns {
  /** The fact-like key that names the resident's id column. */
  public static final String ID = "id";

  private final List<String> items;
  private final Map<String, Set<String>> factsRead;
  private final Map<String, String> factOfColumn;
  private final String idColumn;

  private ResidentColumns(List<String> items, Map<String, Set<String>> factsRead, Map<String, String> factOfColumn, String idColumn) {
    this.items = items;
    this.factsRead = factsRead;
    this.factOfColumn = factOfColumn;
    this.idColumn = idColumn;
  }

  /**
   * The columns of a screening of {@code items} (repeats folded, order kept) as of {@code date},
   * with {@code columnOfFact} naming the column of a fact (or of {@value #ID}) whose column is not
   * named as the fact.
   *
   * @throws IllegalArgumentException when {@code items} is empty, a mapped key is neither
   *     {@value #ID} nor a fact of the catalogue's dictionary, or two keys name the same column
   */
  public static ResidentColumns of(Catalogue catalogue, Collection<String> items, LocalDate date, Map<String, String> columnOfFact) {
    Objects.requireNonNull(catalogue, "catalogue");
    Objects.requireNonNull(date, "date");
    List<String> folded = List.copyOf(new LinkedHashSet<>(items));
    if (folded.isEmpty()) {
      throw new IllegalArgumentException("a screening needs at least one item");
    }
    Map<String, String> seen = new LinkedHashMap<>();
    columnOfFact.forEach((fact, column) -> {
      if (!fact.equals(ID) && catalogue.fact(fact).isEmpty()) {
        throw new IllegalArgumentException("no fact %s in the dictionary to map to column %s".formatted(fact, column));
      }
      String before = seen.put(column, fact);
      if (before != null) {
        throw new IllegalArgumentException("column %s is mapped to both %s and %s".formatted(column, before, fact));
      }
    });
    Map<String, Set<String>> reads = new LinkedHashMap<>();
    Set<String> all = new LinkedHashSet<>();
    for (String code : folded) {
      Set<String> facts = catalogue.item(code, date).map(ServiceItem::factsRead).orElse(Set.of());
      reads.put(code, facts);
      all.addAll(facts);
    }
    Map<String, String> factOfColumn = new LinkedHashMap<>();
    String idColumn = columnOfFact.getOrDefault(ID, ID);
    factOfColumn.put(idColumn, ID);
    for (String fact : all) {
      factOfColumn.putIfAbsent(columnOfFact.getOrDefault(fact, fact), fact);
    }
    return new ResidentColumns(folded, Collections.unmodifiableMap(reads), Collections.unmodifiableMap(factOfColumn), idColumn);
  }

  /** The items, each once, in the order first given. */
  public List<String> items() {
    return items;
  }

  /** The facts each item reads, by item code, in the order of {@link #items()}: what a screening of it takes from a resident. */
  public Map<String, Set<String>> factsRead() {
    return factsRead;
  }

  /** The columns a screening takes: the id column, then the column of each fact read. Select these before converting rows. */
  public Set<String> columnsRead() {
    return factOfColumn.keySet();
  }

  /** The fact a column carries ({@value #ID} for the id column); empty when the column is ignored. */
  public Optional<String> fact(String column) {
    return Optional.ofNullable(factOfColumn.get(column));
  }

  /** The columns among {@code columns} that are ignored (no fact any chosen item reads), each once, in order. */
  public List<String> ignored(Collection<String> columns) {
    List<String> out = new ArrayList<>();
    for (String c : new LinkedHashSet<>(columns)) {
      if (!factOfColumn.containsKey(c)) {
        out.add(c);
      }
    }
    return out;
  }

  /**
   * The resident a row describes: its id (the id column's value as text, or the line when it has
   * none) and the facts read, each value as the engine takes it. Text is typed later by the fact
   * dictionary; Boolean, Long, BigDecimal and LocalDate are kept; other integers and finite
   * floating-point numbers become Long and exact decimals; any other value is passed on as its
   * text, for the dictionary to accept or refuse with the resident's problem.
   *
   * @param line where the row is in its input (a file's line, a dataset's row number), for reports
   * @param row the row's values by column; columns not read are left out
   */
  public Screening.Resident resident(long line, Map<String, ?> row) {
    String id = null;
    Map<String, Object> facts = new LinkedHashMap<>();
    for (Map.Entry<String, ?> e : row.entrySet()) {
      String fact = factOfColumn.get(e.getKey());
      Object value = e.getValue();
      if (fact == null || value == null || value instanceof String s && s.isBlank()) {
        continue;
      }
      if (e.getKey().equals(idColumn)) {
        id = String.valueOf(value);
      } else {
        facts.put(fact, value(value));
      }
    }
    return new Screening.Resident(id == null ? String.valueOf(line) : id, line, facts);
  }

  private static Object value(Object v) {
    if (v instanceof String || v instanceof Boolean || v instanceof Long || v instanceof BigDecimal || v instanceof LocalDate) {
      return v;
    }
    if (v instanceof Integer || v instanceof Short || v instanceof Byte) {
      return ((Number) v).longValue();
    }
    if (v instanceof BigInteger b) {
      return new BigDecimal(b);
    }
    if ((v instanceof Double || v instanceof Float) && Double.isFinite(((Number) v).doubleValue())) {
      return new BigDecimal(v instanceof Float f ? Float.toString(f) : Double.toString((Double) v));
    }
    return String.valueOf(v);
  }
}
