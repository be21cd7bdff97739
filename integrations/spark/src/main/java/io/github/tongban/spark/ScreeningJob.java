package io.github.tongban.spark;

import io.github.tongban.present.SafeText;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The screening job for {@code spark-submit}: residents in, one row per resident and item (or one
 * rejected row per resident) out, in Parquet or JSON Lines, partitioned by {@code outcome}
 * ({@code screened}, {@code rejected}). Prints the facts each item reads before it starts and a
 * summary at the end. Exit codes as the command line's: 0 every resident screened, 1 some
 * rejected, 2 usage error, 3 internal error.
 *
 * <pre>
 * spark-submit --class io.github.tongban.spark.ScreeningJob tongban-spark-all.jar \
 *   --catalogue /shared/catalogue --items 620300-MZ-002 --residents hdfs:///residents/ --format parquet \
 *   --out hdfs:///screened/2026-03-02 --as-of 2026-03-02
 * </pre>
 */
@Command(name = "tongban-spark-screen", mixinStandardHelpOptions = true,
    description = "Screen every resident of a Spark source (one fact per column) against items (免申即享).")
public final class ScreeningJob implements Callable<Integer> {
  @Option(names = "--catalogue", required = true, paramLabel = "DIR", description = "The catalogue folder, on the driver.")
  Path catalogue;

  @Option(names = "--items", required = true, split = ",", paramLabel = "CODES", description = "Comma-separated item codes (repeats folded).")
  List<String> items;

  @Option(names = "--residents", required = true, paramLabel = "PATH", description = "The residents: a file or folder any Spark source reads.")
  String residents;

  @Option(names = "--format", paramLabel = "csv|json|parquet", description = "The residents' format (default: from the name; a folder is parquet).")
  String format;

  @Option(names = "--columns", split = ",", paramLabel = "FACT=COLUMN",
      description = "Columns named otherwise than their fact, e.g. id=身份证号,age=年龄 (default: a column is named as its fact; id names the resident).")
  Map<String, String> columns = new java.util.LinkedHashMap<>();

  @Option(names = "--out", required = true, paramLabel = "PATH", description = "The output folder (must not exist unless --overwrite).")
  String out;

  @Option(names = "--out-format", paramLabel = "parquet|json", description = "parquet (default) or json (JSON Lines).")
  String outFormat = "parquet";

  @Option(names = "--overwrite", description = "Replace the output folder.")
  boolean overwrite;

  @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", description = "The date every decision is made on (default: today in --zone, fixed once on the driver).")
  LocalDate asOf;

  @Option(names = "--zone", paramLabel = "ZONE", description = "The city's time zone for the default --as-of (default: Asia/Shanghai).")
  ZoneId zone = ZoneId.of("Asia/Shanghai");

  @Option(names = "--ship", paramLabel = "spark-files|shared-path",
      description = "How the catalogue reaches the executors: copied with the job's files (default), or a path every executor mounts.")
  String ship = "spark-files";

  @Option(names = "--lang", paramLabel = "zh|en", description = "Language of the messages: zh (default) or en.")
  String lang = "zh";

  @Option(names = "--master", paramLabel = "URL", description = "Spark master when not run by spark-submit, e.g. local[2].")
  String master;

  private final PrintStream err;

  ScreeningJob(PrintStream err) {
    this.err = err;
  }

  public static void main(String[] args) {
    System.exit(run(args, System.err));
  }

  /** Runs the job with {@code args}, reporting on {@code err}; returns the exit code. */
  static int run(String[] args, PrintStream err) {
    CommandLine cmd = new CommandLine(new ScreeningJob(err));
    cmd.setErr(new java.io.PrintWriter(new java.io.OutputStreamWriter(err, StandardCharsets.UTF_8), true));
    cmd.setExecutionExceptionHandler((e, c, p) -> {
      boolean zh = !"en".equals(((ScreeningJob) c.getCommand()).lang);
      if (e instanceof SparkScreeningException) {
        err.println("tongban-spark: " + SparkValues.text(zh, "job.refused", SafeText.line(e.getMessage())));
        return 2;
      }
      err.println("tongban-spark: " + SparkValues.text(zh, "job.internal", SafeText.line(String.valueOf(e))));
      return 3;
    });
    return cmd.execute(args);
  }

  @Override
  public Integer call() {
    SparkScreening.Shipping shipping = switch (ship) {
      case "spark-files" -> SparkScreening.Shipping.SPARK_FILES;
      case "shared-path" -> SparkScreening.Shipping.SHARED_PATH;
      default -> throw new SparkScreeningException("--ship is spark-files or shared-path, not " + ship);
    };
    String inFormat = format != null ? format : formatOf(residents);
    if (!outFormat.equals("parquet") && !outFormat.equals("json")) {
      throw new SparkScreeningException("--out-format is parquet or json, not " + outFormat);
    }
    LocalDate date = asOf != null ? asOf : LocalDate.now(zone);
    SparkSession.Builder builder = SparkSession.builder().appName("tongban screen");
    if (master != null) {
      builder.master(master);
    }
    SparkSession spark = builder.getOrCreate();
    try {
      SparkScreening screening = SparkScreening.of(spark, catalogue, shipping, items, date, columns);
      say("job.planned", SafeText.line(screening.catalogueVersion()), date.toString());
      screening.factsRead().forEach((item, facts) -> say("job.reads", SafeText.line(item), SafeText.line(String.join(", ", facts))));
      Dataset<Row> input = screening.read(spark, residents, inFormat);
      for (String missing : screening.missingColumns(input)) {
        say("job.missing", SafeText.line(missing));
      }
      List<String> ignored = screening.ignoredColumns(input);
      if (!ignored.isEmpty()) {
        say("job.ignored", SafeText.line(String.join(", ", ignored)));
      }
      var writer = screening.screen(input).write().partitionBy("outcome")
          .mode(overwrite ? SaveMode.Overwrite : SaveMode.ErrorIfExists);
      if (outFormat.equals("json")) {
        writer.json(out);
      } else {
        writer.parquet(out);
      }
      Dataset<Row> written = outFormat.equals("json") ? spark.read().schema(SparkScreening.SCHEMA).json(out)
          : spark.read().parquet(out);
      Map<String, Long> counts = new TreeMap<>();
      for (Row r : written.groupBy("status").count().collectAsList()) {
        counts.put(r.getString(0), r.getLong(1));
      }
      say("job.wrote", SafeText.line(out), counts.toString());
      return counts.getOrDefault(SparkScreening.REJECTED, 0L) > 0 ? 1 : 0;
    } finally {
      if (master != null) {
        spark.stop();
      }
    }
  }

  private void say(String key, Object... args) {
    err.println("tongban-spark: " + SparkValues.text(!"en".equals(lang), key, args));
  }

  private static String formatOf(String path) {
    String name = path.toLowerCase(Locale.ROOT);
    if (name.endsWith(".csv")) {
      return "csv";
    }
    if (name.endsWith(".jsonl") || name.endsWith(".ndjson") || name.endsWith(".json")) {
      return "json";
    }
    return "parquet";
  }
}
