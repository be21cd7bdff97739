package io.github.tongban.spark;

import io.github.tongban.rules.DecisionEngine;
import io.github.tongban.rules.InvalidApplicationException.Problem;
import io.github.tongban.rules.ResidentColumns;
import io.github.tongban.rules.Screening;
import java.io.Serializable;
import java.nio.file.Path;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Queue;
import org.apache.spark.SparkFiles;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

/**
 * What a task runs on one partition of residents. It carries only plain values (the catalogue's
 * folder or file name, its version, the items, the as-of date, column names): the engine is taken
 * from {@link ExecutorEngines} inside {@link #call}, so it is built where it runs and never
 * serialised. Each row becomes a resident through {@link ResidentColumns#resident}, the one
 * conversion {@code tongban screen} uses too, and residents are decided in batches of
 * {@link Screening#BATCH} on the task's thread ({@link Screening#screen(List)}); a resident that
 * cannot be decided becomes a rejected row, so a partition never fails for one.
 */
final class PartitionScreener implements MapPartitionsFunction<Row, Row> {
  private static final long serialVersionUID = 1L;
  private static final String[] NONE = {};

  /** The catalogue folder as every executor sees it, or (shipped with SparkFiles) its file name. */
  private final String catalogue;
  private final boolean viaSparkFiles;
  private final String version;
  private final List<String> items;
  private final LocalDate asOf;
  /** Columns named otherwise than their fact, by fact id ({@link ResidentColumns#of}). */
  private final HashMap<String, String> columnOfFact;
  /** The input's columns, in order: the id and the facts read, then the row number, then (when present) the corrupt-record column. */
  private final List<String> columns;
  private final boolean corruptColumn;

  PartitionScreener(String catalogue, boolean viaSparkFiles, String version, List<String> items, LocalDate asOf,
      Map<String, String> columnOfFact, List<String> columns, boolean corruptColumn) {
    this.catalogue = catalogue;
    this.viaSparkFiles = viaSparkFiles;
    this.version = version;
    this.items = List.copyOf(items);
    this.asOf = asOf;
    this.columnOfFact = new HashMap<>(columnOfFact);
    this.columns = List.copyOf(columns);
    this.corruptColumn = corruptColumn;
  }

  @Override
  public Iterator<Row> call(Iterator<Row> input) {
    Path folder = Path.of(viaSparkFiles ? SparkFiles.get(catalogue) : catalogue);
    DecisionEngine engine = ExecutorEngines.engine(folder, version);
    return new Results(input, new Screening(engine, items, asOf, 1),
        ResidentColumns.of(engine.catalogue(), items, asOf, columnOfFact));
  }

  /** The rows of one partition, decided a batch at a time as they are asked for. */
  private final class Results implements Iterator<Row> {
    private final Iterator<Row> input;
    private final Screening screening;
    private final ResidentColumns read;
    private final Queue<Row> ready = new ArrayDeque<>();
    private final Date date = Date.valueOf(asOf);
    private final int rowNumber = corruptColumn ? columns.size() - 2 : columns.size() - 1;

    Results(Iterator<Row> input, Screening screening, ResidentColumns read) {
      this.input = input;
      this.screening = screening;
      this.read = read;
    }

    @Override
    public boolean hasNext() {
      while (ready.isEmpty() && input.hasNext()) {
        List<Screening.Resident> batch = new ArrayList<>(Screening.BATCH);
        while (input.hasNext() && batch.size() < Screening.BATCH) {
          Row row = input.next();
          long line = row.getLong(rowNumber);
          if (corruptColumn && !row.isNullAt(columns.size() - 1)) {
            ready.add(rejected(row.isNullAt(0) ? String.valueOf(line) : String.valueOf(row.get(0)), List.of(SparkValues.unreadable())));
            continue;
          }
          Map<String, Object> values = new LinkedHashMap<>();
          for (int i = 0; i < rowNumber; i++) {
            values.put(columns.get(i), row.get(i));
          }
          batch.add(read.resident(line, values));
        }
        for (Screening.Screened s : screening.screen(batch)) {
          s.rejected().ifPresent(r -> ready.add(rejected(r.resident().id(), r.problem().problems())));
          for (Screening.Row r : s.rows()) {
            ready.add(RowFactory.create(r.resident().id(), r.item(), r.status().name(), r.nextQuestions().toArray(String[]::new),
                version, date, NONE, null, null, SparkScreening.SCREENED));
          }
        }
      }
      return !ready.isEmpty();
    }

    @Override
    public Row next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      return ready.remove();
    }

    private Row rejected(String id, List<Problem> problems) {
      return RowFactory.create(id, null, SparkScreening.REJECTED, NONE, version, date,
          problems.stream().map(Problem::code).toArray(String[]::new),
          String.join("; ", problems.stream().map(p -> p.field() + ": " + p.message().zh()).toList()),
          String.join("; ", problems.stream().map(p -> p.field() + ": " + p.message().en()).toList()),
          SparkScreening.REJECTED_OUTCOME);
    }
  }
}
