package io.github.tongban.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tongban.catalog.SampleCatalogue;
import io.github.tongban.core.model.Catalogue;
import io.github.tongban.rules.DecisionEngine;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.NotSerializableException;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.io.Serializable;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Neither the engine nor the catalogue ever travels to an executor: what a task carries is
 * serialised here, object by object, and must hold nothing of tongban's model or engine, Drools or
 * KIE; and a task that did capture an engine is refused by Spark, so the job could not run at all.
 */
class SerialisationGuardTests {
  @TempDir
  static Path dir;

  @Test
  void theEngineTheCatalogueAndTheHolderAreNotSerialisable() {
    assertThat(Serializable.class.isAssignableFrom(DecisionEngine.class)).isFalse();
    assertThat(Serializable.class.isAssignableFrom(Catalogue.class)).isFalse();
    assertThat(Serializable.class.isAssignableFrom(ExecutorEngines.class)).isFalse();
  }

  @Test
  void theTaskTheJobRunsCarriesOnlyPlainValues() throws IOException {
    Path catalogue = dir.resolve("catalogue");
    SampleCatalogue.copyTo(catalogue);
    SparkScreening screening = SparkScreening.of(LocalSpark.session(), catalogue, SparkScreening.Shipping.SPARK_FILES,
        List.of("620300-MZ-002", "620300-YB-001"), LocalDate.of(2026, 3, 2));
    List<String> written = classesWritten(screening.task(screening.columns(), true));
    assertThat(written).contains(PartitionScreener.class.getName());
    assertThat(forbidden(written)).as("classes of the engine or the catalogue in the task").isEmpty();
  }

  @Test
  void theGuardSeesACapturedEngine() throws IOException {
    DecisionEngine engine = DecisionEngine.of(SampleCatalogue.catalogue());
    CapturingTask planted = new CapturingTask(engine.catalogue());
    assertThat(forbidden(classesWritten(planted))).contains(Catalogue.class.getName());
  }

  @Test
  void sparkRefusesATaskThatCapturedAnEngine() {
    SparkSession spark = LocalSpark.session();
    EngineTask planted = new EngineTask(DecisionEngine.of(SampleCatalogue.catalogue()));
    assertThatThrownBy(() -> spark.range(4).toDF().mapPartitions(planted, Encoders.row(spark.range(1).toDF().schema())).count())
        .hasMessageContaining("not serializable");
  }

  /**
   * The classes of every object {@code task} serialises into, as Java serialisation (Spark's
   * closure serialiser) writes them, up to the first that cannot be serialised.
   */
  private static List<String> classesWritten(Object task) throws IOException {
    List<String> classes = new ArrayList<>();
    try (ObjectOutputStream out = new ObjectOutputStream(OutputStream.nullOutputStream()) {
      {
        enableReplaceObject(true);
      }

      @Override
      protected Object replaceObject(Object obj) {
        classes.add(obj.getClass().getName());
        return obj;
      }
    }) {
      out.writeObject(task);
    } catch (NotSerializableException e) {
      classes.add(e.getMessage());
      return classes;
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(task);
    }
    assertThat(bytes.size()).as("a task's size in bytes").isLessThan(4_096);
    return classes;
  }

  private static List<String> forbidden(List<String> classes) {
    return classes.stream().filter(c -> c.startsWith("io.github.tongban.core.") || c.startsWith("io.github.tongban.rules.")
        || c.startsWith("org.drools.") || c.startsWith("org.kie.")).toList();
  }

  /** A planted mistake: a task holding the catalogue (which the guard must see). */
  private record CapturingTask(Object catalogue) implements Serializable {
    private static final long serialVersionUID = 1L;
  }

  /** A planted mistake: a task holding an engine (which Spark must refuse). */
  private static final class EngineTask implements MapPartitionsFunction<Row, Row> {
    private static final long serialVersionUID = 1L;
    private final DecisionEngine engine;

    EngineTask(DecisionEngine engine) {
      this.engine = engine;
    }

    @Override
    public Iterator<Row> call(Iterator<Row> input) {
      return engine == null ? input : input;
    }
  }
}
