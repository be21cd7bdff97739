package io.github.tongban.spark;

import io.github.tongban.core.load.CatalogueLoader;
import io.github.tongban.core.load.LoadResult;
import io.github.tongban.core.model.Catalogue;
import io.github.tongban.rules.ResidentColumns;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * Proactive screening (免申即享) of a population on Apache Spark: residents from any Spark source
 * (one fact per column, one column naming the resident) decided against a list of items, as
 * {@code tongban screen} decides them on one machine: the same conversion of a row into a resident
 * ({@link ResidentColumns}) and the same engine path ({@link io.github.tongban.rules.Screening}).
 *
 * <pre>{@code
 * SparkScreening screening = SparkScreening.of(spark, Path.of("catalog/sample"), Shipping.SPARK_FILES,
 *     List.of("620300-MZ-002"), LocalDate.of(2026, 3, 2));
 * Dataset<Row> rows = screening.screen(screening.read("residents.jsonl", "json"));
 * rows.write().partitionBy("outcome").parquet("screened/");
 * }</pre>
 *
 * <p>On the driver it loads and validates the catalogue once (to plan: the version, the facts each
 * item reads); the catalogue folder goes to the executors as files ({@link Shipping}), and each
 * executor JVM builds its engine once. Only the id column and the columns of the facts the chosen
 * items read are selected from the input (personal-information minimisation, 个人信息最小化);
 * {@link #factsRead()} names them per item. The output ({@link #SCHEMA}) holds the resident's id,
 * the item, the status, the next questions, the catalogue version, the as-of date and, for a
 * rejected resident, the problem: no other personal data. No row is dropped.
 */
public final class SparkScreening {
  /** The row number the job adds to name a resident without an id. */
  static final String ROW = "_row";
  /** The column of a row a JSON or CSV source could not parse. */
  public static final String CORRUPT_RECORD = "_corrupt_record";
  /** {@code outcome} of a resident decided for an item. */
  public static final String SCREENED = "screened";
  /** {@code outcome} of a resident that could not be decided; its {@code status} is {@link #REJECTED}. */
  public static final String REJECTED_OUTCOME = "rejected";
  /** {@code status} of a rejected resident. */
  public static final String REJECTED = "REJECTED";

  /**
   * The output's columns: {@code resident}, {@code item} (null when rejected), {@code status}
   * (ELIGIBLE, INELIGIBLE, NEEDS_INFO or REJECTED), {@code nextQuestions} (fact ids),
   * {@code catalogueVersion}, {@code asOf}, {@code problemCodes}, {@code problem} (zh-CN),
   * {@code problemEn}, {@code outcome} (screened or rejected: the output's partition column).
   */
  public static final StructType SCHEMA = new StructType(new StructField[] {
      DataTypes.createStructField("resident", DataTypes.StringType, true),
      DataTypes.createStructField("item", DataTypes.StringType, true),
      DataTypes.createStructField("status", DataTypes.StringType, false),
      DataTypes.createStructField("nextQuestions", DataTypes.createArrayType(DataTypes.StringType, false), false),
      DataTypes.createStructField("catalogueVersion", DataTypes.StringType, false),
      DataTypes.createStructField("asOf", DataTypes.DateType, false),
      DataTypes.createStructField("problemCodes", DataTypes.createArrayType(DataTypes.StringType, false), false),
      DataTypes.createStructField("problem", DataTypes.StringType, true),
      DataTypes.createStructField("problemEn", DataTypes.StringType, true),
      DataTypes.createStructField("outcome", DataTypes.StringType, false)});

  /** How the catalogue folder reaches the executors. */
  public enum Shipping {
    /** The folder is on a file system every executor mounts at the same path (NFS, a container image). */
    SHARED_PATH,
    /** The driver adds the folder to the job's files ({@code SparkContext.addFile}); each executor fetches a copy. */
    SPARK_FILES
  }

  private final Path folder;
  private final Shipping shipping;
  private final String version;
  private final LocalDate asOf;
  private final Map<String, String> columnOfFact;
  private final ResidentColumns read;

  private SparkScreening(Path folder, Shipping shipping, String version, LocalDate asOf, Map<String, String> columnOfFact,
      ResidentColumns read) {
    this.folder = folder;
    this.shipping = shipping;
    this.version = version;
    this.asOf = asOf;
    this.columnOfFact = columnOfFact;
    this.read = read;
  }

  /**
   * A screening of {@code items} (repeats folded) on the catalogue in {@code folder}, as of
   * {@code asOf}, whose columns are named as their facts and whose column {@code id} names the
   * resident. Loads and validates the catalogue on the driver; with {@link Shipping#SPARK_FILES}
   * adds the folder to {@code spark}'s files.
   *
   * @throws SparkScreeningException when the catalogue is not valid or an item is not in it
   */
  public static SparkScreening of(SparkSession spark, Path folder, Shipping shipping, List<String> items, LocalDate asOf) {
    return of(spark, folder, shipping, items, asOf, Map.of());
  }

  /**
   * As {@link #of(SparkSession, Path, Shipping, List, LocalDate)}, with {@code columnOfFact} naming
   * the column of a fact (or of {@code id}) whose column is named otherwise, e.g.
   * {@code id=身份证号, age=年龄} ({@link ResidentColumns#of}).
   */
  public static SparkScreening of(SparkSession spark, Path folder, Shipping shipping, List<String> items, LocalDate asOf,
      Map<String, String> columnOfFact) {
    Objects.requireNonNull(spark, "spark");
    Objects.requireNonNull(shipping, "shipping");
    Objects.requireNonNull(asOf, "asOf");
    Path at = folder.toAbsolutePath().normalize();
    LoadResult result = CatalogueLoader.withDefaults().load(at);
    if (!result.isValid()) {
      throw new SparkScreeningException("the catalogue at %s is not valid: %s".formatted(at,
          result.errors().get(0).format(Locale.ROOT)));
    }
    Catalogue catalogue = result.orElseThrow();
    for (String code : items) {
      if (catalogue.item(code).isEmpty()) {
        throw new SparkScreeningException("the catalogue has no item " + code);
      }
    }
    ResidentColumns read;
    try {
      read = ResidentColumns.of(catalogue, items, asOf, columnOfFact);
    } catch (IllegalArgumentException e) {
      throw new SparkScreeningException(e.getMessage());
    }
    if (shipping == Shipping.SPARK_FILES) {
      spark.sparkContext().addFile(at.toUri().toString(), true);
    }
    return new SparkScreening(at, shipping, catalogue.info().version(), asOf, Map.copyOf(columnOfFact), read);
  }

  /** The version of the catalogue the screening decides on, written on every row. */
  public String catalogueVersion() {
    return version;
  }

  /** The as-of date every decision is made on, written on every row. */
  public LocalDate asOf() {
    return asOf;
  }

  /** The items, in order, repeats folded. */
  public List<String> items() {
    return read.items();
  }

  /**
   * The facts each item's version in force on the as-of date reads (its conditions, scenarios and
   * conditional materials): the only resident data the screening looks at. An item with no version
   * in force reads nothing (its residents are rejected with the reason, as on one machine).
   */
  public Map<String, Set<String>> factsRead() {
    return read.factsRead();
  }

  /** The columns selected from the input: the id column, then the column of every fact some item reads. */
  public List<String> columns() {
    return List.copyOf(read.columnsRead());
  }

  /** The columns of {@code residents} that are not looked at (no chosen item reads their fact). */
  public List<String> ignoredColumns(Dataset<Row> residents) {
    return read.ignored(Arrays.asList(residents.columns())).stream().filter(c -> !c.equals(CORRUPT_RECORD)).toList();
  }

  /**
   * Reads residents from {@code path} in {@code format} ({@code csv}, {@code json} for JSON Lines,
   * or {@code parquet}) so that nothing is lost: CSV and JSON values are read as text (exact: a
   * number keeps every digit, and the engine types it by the fact dictionary), only the columns
   * {@link #columns()} names are parsed from JSON, and a row the source cannot parse is kept in
   * {@link #CORRUPT_RECORD} (and rejected by {@link #screen}), never dropped.
   */
  public Dataset<Row> read(SparkSession spark, String path, String format) {
    return switch (format.toLowerCase(Locale.ROOT)) {
      case "json", "jsonl" -> {
        List<StructField> fields = new ArrayList<>();
        columns().forEach(c -> fields.add(DataTypes.createStructField(c, DataTypes.StringType, true)));
        fields.add(DataTypes.createStructField(CORRUPT_RECORD, DataTypes.StringType, true));
        yield spark.read().schema(new StructType(fields.toArray(StructField[]::new))).option("mode", "PERMISSIVE")
            .option("columnNameOfCorruptRecord", CORRUPT_RECORD).json(path);
      }
      case "csv" -> {
        StructType header = spark.read().option("header", true).csv(path).schema();
        yield spark.read().schema(header.add(CORRUPT_RECORD, DataTypes.StringType, true)).option("header", true)
            .option("mode", "PERMISSIVE").option("columnNameOfCorruptRecord", CORRUPT_RECORD).csv(path);
      }
      case "parquet" -> spark.read().parquet(path);
      default -> throw new SparkScreeningException("unknown residents format " + format + " (csv, json or parquet)");
    };
  }

  /** The fact columns some item reads that {@code residents} does not have: unknown for everyone. */
  public List<String> missingColumns(Dataset<Row> residents) {
    Set<String> present = new LinkedHashSet<>(Arrays.asList(residents.columns()));
    return columns().stream().filter(c -> !present.contains(c)).toList();
  }

  /**
   * Screens {@code residents}: one row per resident and item, or one rejected row per resident that
   * cannot be decided, in {@link #SCHEMA}. Lazy, like every Spark transformation.
   *
   * @throws SparkScreeningException when the input has no id column
   */
  public Dataset<Row> screen(Dataset<Row> residents) {
    Set<String> present = new LinkedHashSet<>(Arrays.asList(residents.columns()));
    String idColumn = columns().get(0);
    if (!present.contains(idColumn)) {
      throw new SparkScreeningException("the residents have no id column " + idColumn);
    }
    List<String> selected = new ArrayList<>();
    List<Column> cols = new ArrayList<>();
    for (String c : columns()) {
      if (present.contains(c)) {
        selected.add(c);
        cols.add(functions.col(c));
      }
    }
    // the row number names a resident without an id, as the line does on one machine; it is the
    // same on a retry, because a file source splits the same way
    selected.add(ROW);
    cols.add(functions.monotonically_increasing_id().as(ROW));
    boolean corrupt = present.contains(CORRUPT_RECORD);
    if (corrupt) {
      selected.add(CORRUPT_RECORD);
      cols.add(functions.col(CORRUPT_RECORD));
    }
    return residents.select(cols.toArray(Column[]::new)).mapPartitions(task(selected, corrupt), Encoders.row(SCHEMA));
  }

  /** The function each task runs on a partition of the {@code selected} columns: all that travels to the executors. */
  PartitionScreener task(List<String> selected, boolean corrupt) {
    boolean files = shipping == Shipping.SPARK_FILES;
    return new PartitionScreener(files ? folder.getFileName().toString() : folder.toString(), files, version, items(), asOf,
        columnOfFact, selected, corrupt);
  }
}
