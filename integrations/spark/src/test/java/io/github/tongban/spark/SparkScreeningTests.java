package io.github.tongban.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.tongban.catalog.SampleCatalogue;
import io.github.tongban.cli.TongbanCommand;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Spark job under local[2] against {@code tongban screen} on the same residents, and what it keeps and leaves out. */
class SparkScreeningTests {
  private static final List<String> ITEMS = List.of("620300-MZ-001", "620300-MZ-002", "620300-YB-001");
  private static final LocalDate AS_OF = LocalDate.of(2026, 3, 2);

  @TempDir
  static Path dir;
  static Path catalogue;
  static SparkSession spark;

  @BeforeAll
  static void start() {
    catalogue = dir.resolve("catalogue");
    SampleCatalogue.copyTo(catalogue);
    spark = LocalSpark.session();
  }

  @Test
  void screensTheTestSizedFileAsTongbanScreenDoes() throws Exception {
    Path residents = resource("residents-2000.jsonl");
    Set<String> cli = cliScreen(residents);
    assertThat(cli).hasSize(6_000);

    SparkScreening screening = SparkScreening.of(spark, catalogue, SparkScreening.Shipping.SPARK_FILES, ITEMS, AS_OF);
    Dataset<Row> input = screening.read(spark, residents.toString(), "json").repartition(4);
    List<Row> rows = screening.screen(input).collectAsList();

    assertThat(rows).hasSize(6_000);
    String version = SampleCatalogue.catalogue().info().version();
    assertThat(screening.catalogueVersion()).isEqualTo(version);
    assertThat(rows).allSatisfy(r -> {
      assertThat(r.<String>getAs("catalogueVersion")).isEqualTo(version);
      assertThat(((java.sql.Date) r.getAs("asOf")).toLocalDate()).isEqualTo(AS_OF);
      assertThat(r.<String>getAs("outcome")).isEqualTo(SparkScreening.SCREENED);
    });
    assertThat(keys(rows)).as("the set of (resident, item, status, questions)").isEqualTo(cli);
    assertThat(cli).anyMatch(k -> k.contains("|ELIGIBLE|")).anyMatch(k -> k.contains("|INELIGIBLE|"));
  }

  @Test
  void theEngineIsBuiltOncePerJvmForACatalogueVersionAndFolder() throws Exception {
    Path shared = dir.resolve("shared-catalogue");
    SampleCatalogue.copyTo(shared);
    SparkScreening screening = SparkScreening.of(spark, shared, SparkScreening.Shipping.SHARED_PATH, ITEMS, AS_OF);
    Dataset<Row> input = screening.read(spark, resource("residents-2000.jsonl").toString(), "json").repartition(6);
    int before = ExecutorEngines.builds();
    assertThat(screening.screen(input).count()).isEqualTo(6_000);
    assertThat(ExecutorEngines.builds()).as("six partitions on two threads, one engine").isEqualTo(before + 1);
    assertThat(screening.screen(input).count()).isEqualTo(6_000);
    assertThat(ExecutorEngines.builds()).as("a second job on the same catalogue builds nothing").isEqualTo(before + 1);
  }

  @Test
  void rejectedRowsAreKeptWithTheirProblem() throws IOException {
    Path residents = dir.resolve("bad.jsonl");
    Files.writeString(residents, String.join("\n",
        "{\"id\": \"g1\", \"age\": 85, \"householdRegion\": \"620302001001\"}",
        "{\"id\": \"b1\", \"age\": \"old\", \"householdRegion\": \"620302001001\"}",
        "not json at all, 身份证 620302199001011234",
        "{\"age\": 70, \"householdRegion\": \"620302001001\"}",
        "{\"id\": \"b4\", \"age\": 85, \"householdRegion\": \"62030\"}") + "\n");
    SparkScreening screening = SparkScreening.of(spark, catalogue, SparkScreening.Shipping.SPARK_FILES, ITEMS, AS_OF);
    List<Row> rows = screening.screen(screening.read(spark, residents.toString(), "json")).collectAsList();

    assertThat(rows.stream().filter(r -> "g1".equals(r.getAs("resident")))).hasSize(3)
        .allMatch(r -> r.getAs("outcome").equals(SparkScreening.SCREENED));
    List<Row> rejected = rows.stream().filter(r -> r.getAs("outcome").equals(SparkScreening.REJECTED_OUTCOME)).toList();
    assertThat(rows.stream().filter(r -> r.getAs("outcome").equals(SparkScreening.SCREENED)
        && !"g1".equals(r.getAs("resident")))).as("a resident without an id is named by its row number, as by its line on one machine")
        .hasSize(3).allMatch(r -> r.<String>getAs("resident").matches("\\d+"));
    assertThat(rejected).as("one row per rejected resident: none dropped").hasSize(3)
        .allMatch(r -> r.getAs("status").equals(SparkScreening.REJECTED) && r.getAs("item") == null);
    assertThat(codes(rejected, "b1")).containsExactly("application.wrong-type");
    assertThat(codes(rejected, "b4")).containsExactly("application.malformed-region");
    assertThat(rejected).filteredOn(r -> !"b1".equals(r.getAs("resident")) && !"b4".equals(r.getAs("resident")))
        .singleElement().satisfies(r -> assertThat(r.getList(r.fieldIndex("problemCodes"))).containsExactly("spark.unreadable-row"));
    Row b1 = rejected.stream().filter(r -> "b1".equals(r.getAs("resident"))).findFirst().orElseThrow();
    assertThat(b1.<String>getAs("problemEn")).startsWith("age: ").contains("old");
    assertThat(b1.<String>getAs("problem")).startsWith("age: ");
    assertThat(rejected).as("the unreadable line is not repeated in the output")
        .noneMatch(r -> java.util.Objects.toString(r.getAs("problem")).contains("620302199001011234")
            || java.util.Objects.toString(r.getAs("problemEn")).contains("620302199001011234"));
  }

  @Test
  void typedColumnsAreReadExactlyAndAValueThatIsNoNumberRejectsOnlyItsRow() {
    StructType schema = new StructType().add("id", DataTypes.StringType).add("age", DataTypes.DoubleType)
        .add("householdRegion", DataTypes.StringType).add("tags", DataTypes.createArrayType(DataTypes.StringType));
    Dataset<Row> input = spark.createDataFrame(List.of(
        RowFactory.create("p1", 85.0, "620302001001", null),
        RowFactory.create("p2", Double.NaN, "620302001001", null),
        RowFactory.create("p3", 70.0, "620321001002", List.of("x"))), schema);
    SparkScreening screening = SparkScreening.of(spark, catalogue, SparkScreening.Shipping.SPARK_FILES,
        List.of("620300-MZ-002"), AS_OF);
    List<Row> rows = screening.screen(input).collectAsList();
    assertThat(rows).hasSize(3);
    assertThat(status(rows, "p1")).isEqualTo("ELIGIBLE");
    assertThat(status(rows, "p2")).isEqualTo(SparkScreening.REJECTED);
    assertThat(codes(rows, "p2")).containsExactly("application.wrong-type");
    assertThat(status(rows, "p3")).as("a column no item reads is not even looked at").isEqualTo("INELIGIBLE");
  }

  @Test
  void onlyTheFactsTheItemsReadAreSelectedAndNoOtherPersonalDataIsWritten() throws IOException {
    Path residents = dir.resolve("with-names.csv");
    Files.writeString(residents, "id,name,phone,age,householdRegion\nn1,张三,13900000000,85,620302001001\n");
    SparkScreening screening = SparkScreening.of(spark, catalogue, SparkScreening.Shipping.SPARK_FILES,
        List.of("620300-MZ-002", "620300-MZ-002"), AS_OF);
    assertThat(screening.items()).as("repeats folded").containsExactly("620300-MZ-002");
    assertThat(screening.factsRead().get("620300-MZ-002")).contains("age", "householdRegion").doesNotContain("name", "phone");
    assertThat(screening.columns()).doesNotContain("name", "phone");
    Dataset<Row> out = screening.screen(screening.read(spark, residents.toString(), "csv"));
    assertThat(out.schema()).isEqualTo(SparkScreening.SCHEMA);
    Path written = dir.resolve("with-names-out");
    out.write().partitionBy("outcome").json(written.toString());
    StringBuilder all = new StringBuilder();
    try (var files = Files.walk(written)) {
      for (Path f : files.filter(f -> f.getFileName().toString().endsWith(".json")).toList()) {
        all.append(Files.readString(f));
      }
    }
    assertThat(all).contains("\"resident\":\"n1\"").doesNotContain("张三").doesNotContain("13900000000");
  }

  @Test
  void columnsNamedOtherwiseAreMappedToTheirFacts() {
    StructType schema = new StructType().add("身份证号", DataTypes.StringType).add("年龄", DataTypes.LongType)
        .add("householdRegion", DataTypes.StringType).add("姓名", DataTypes.StringType);
    Dataset<Row> input = spark.createDataFrame(List.of(RowFactory.create("m1", 85L, "620302001001", "张三")), schema);
    SparkScreening screening = SparkScreening.of(spark, catalogue, SparkScreening.Shipping.SHARED_PATH,
        List.of("620300-MZ-002"), AS_OF, java.util.Map.of("id", "身份证号", "age", "年龄"));
    assertThat(screening.ignoredColumns(input)).containsExactly("姓名");
    assertThat(status(screening.screen(input).collectAsList(), "m1")).isEqualTo("ELIGIBLE");
  }

  @Test
  void aMissingIdColumnOrAnUnknownItemIsRefusedBeforeAnythingRuns() {
    assertThatThrownBy(() -> SparkScreening.of(spark, catalogue, SparkScreening.Shipping.SHARED_PATH, List.of("NOPE"), AS_OF))
        .isInstanceOf(SparkScreeningException.class).hasMessageContaining("NOPE");
    SparkScreening screening = SparkScreening.of(spark, catalogue, SparkScreening.Shipping.SHARED_PATH, ITEMS, AS_OF);
    Dataset<Row> noId = spark.createDataFrame(List.of(RowFactory.create(85L)), new StructType().add("age", DataTypes.LongType));
    assertThatThrownBy(() -> screening.screen(noId)).isInstanceOf(SparkScreeningException.class).hasMessageContaining("id");
  }

  private static Set<String> cliScreen(Path residents) throws IOException {
    Path out = dir.resolve("cli-screened.jsonl");
    StringWriter err = new StringWriter();
    var cmd = TongbanCommand.commandLine();
    cmd.setErr(new PrintWriter(err));
    int exit = cmd.execute("screen", "--items", String.join(",", ITEMS), "--residents", residents.toString(),
        "--out", out.toString(), "--date", AS_OF.toString(), "--catalogue", catalogue.toString(), "--lang", "en");
    assertThat(exit).as(err.toString()).isZero();
    ObjectMapper json = new ObjectMapper();
    Set<String> keys = new HashSet<>();
    for (String line : Files.readAllLines(out)) {
      JsonNode n = json.readTree(line);
      List<String> questions = new ArrayList<>();
      if (n.has("nextQuestions")) {
        n.get("nextQuestions").forEach(q -> questions.add(q.asText()));
      }
      keys.add(key(n.get("resident").asText(), n.get("item").asText(), n.get("status").asText(), questions));
    }
    return keys;
  }

  private static Set<String> keys(List<Row> rows) {
    Set<String> keys = new HashSet<>();
    for (Row r : rows) {
      keys.add(key(r.getAs("resident"), r.getAs("item"), r.getAs("status"), r.getList(r.fieldIndex("nextQuestions"))));
    }
    return keys;
  }

  private static String key(String resident, String item, String status, List<?> questions) {
    return resident + "|" + item + "|" + status + "|" + questions;
  }

  private static String status(List<Row> rows, String resident) {
    return rows.stream().filter(r -> resident.equals(r.getAs("resident"))).map(r -> r.<String>getAs("status")).findFirst().orElseThrow();
  }

  private static List<String> codes(List<Row> rows, String resident) {
    List<String> out = new ArrayList<>();
    rows.stream().filter(r -> java.util.Objects.equals(resident, r.getAs("resident")))
        .forEach(r -> out.addAll(r.getList(r.fieldIndex("problemCodes"))));
    return out;
  }

  private static Path resource(String name) throws URISyntaxException {
    return Path.of(SparkScreeningTests.class.getResource("/" + name).toURI());
  }
}
