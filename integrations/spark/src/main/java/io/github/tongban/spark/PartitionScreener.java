package io.github.tongban.spark;

import io.github.tongban.rules.DecisionEngine;
import io.github.tongban.rules.InvalidApplicationException.Problem;
import io.github.tongban.rules.Screening;
import java.io.Serializable;
import java.nio.file.Path;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
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
 * serialised. Residents are decided in batches of {@link Screening#BATCH} on the task's thread;
 * a resident that cannot be decided becomes a rejected row, so a partition never fails for one.
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
  /** The input's columns, in order: the id, then the facts read, then (when present) the corrupt-record column. */
  private final List<String> columns;
  private final boolean corruptColumn;

  PartitionScreener(String catalogue, boolean viaSparkFiles, String version, List<String> items, LocalDate asOf,
      List<String> columns, boolean corruptColumn) {
    this.catalogue = catalogue;
    this.viaSparkFiles = viaSparkFiles;
    this.version = version;
    this.items = List.copyOf(items);
    this.asOf = asOf;
    this.columns = List.copyOf(columns);
    this.corruptColumn = corruptColumn;
  }

  @Override
  public Iterator<Row> call(Iterator<Row> input) {
    Path folder = Path.of(viaSparkFiles ? SparkFiles.get(catalogue) : catalogue);
    DecisionEngine engine = ExecutorEngines.engine(folder, version);
    return new Results(input, new Screening(engine, items, asOf, 1));
  }

  /** The rows of one partition, decided a batch at a time as they are asked for. */
  private final class Results implements Iterator<Row> {
    private final Iterator<Row> input;
    private final Screening screening;
    private final Queue<Row> ready = new ArrayDeque<>();
    private final Date date = Date.valueOf(asOf);

    Results(Iterator<Row> input, Screening screening) {
      this.input = input;
      this.screening = screening;
    }

    @Override
    public boolean hasNext() {
      while (ready.isEmpty() && input.hasNext()) {
        List<Screening.Resident> batch = new ArrayList<>(Screening.BATCH);
        long at = 0;
        while (input.hasNext() && batch.size() < Screening.BATCH) {
          Row row = input.next();
          List<Problem> problems = new ArrayList<>();
          Screening.Resident resident = resident(row, at++, problems);
          if (problems.isEmpty()) {
            batch.add(resident);
          } else {
            ready.add(rejected(resident.id(), problems));
          }
        }
        if (!batch.isEmpty()) {
          screening.run(batch.iterator(),
              r -> ready.add(RowFactory.create(r.resident().id(), r.item(), r.status().name(), r.nextQuestions().toArray(String[]::new),
                  version, date, NONE, null, null, SparkScreening.SCREENED)),
              r -> ready.add(rejected(r.resident().id(), r.problem().problems())));
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

    private Screening.Resident resident(Row row, long at, List<Problem> problems) {
      if (corruptColumn && !row.isNullAt(columns.size() - 1)) {
        problems.add(SparkValues.unreadable());
        return new Screening.Resident(row.isNullAt(0) ? null : String.valueOf(row.get(0)), at, Map.of());
      }
      String id = SparkValues.id(columns.get(0), row.get(0), problems);
      int facts = corruptColumn ? columns.size() - 1 : columns.size();
      Map<String, Object> values = new LinkedHashMap<>();
      for (int i = 1; i < facts; i++) {
        Object value = SparkValues.fact(columns.get(i), row.get(i), problems);
        if (value != null) {
          values.put(columns.get(i), value);
        }
      }
      return new Screening.Resident(id, at, values);
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
