package io.github.tongban.spark;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tongban.catalog.SampleCatalogue;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The spark-submit main class, run in-process on the tests' local[2] session: its messages, output and exit codes. */
class ScreeningJobTests {
  @TempDir
  Path dir;

  @Test
  void theJobWritesScreenedAndRejectedRowsAndSaysWhichFactsEachItemReads() throws IOException {
    LocalSpark.session();
    Path catalogue = dir.resolve("catalogue");
    SampleCatalogue.copyTo(catalogue);
    Path residents = dir.resolve("residents.jsonl");
    Files.writeString(residents, "{\"id\": \"j1\", \"age\": 85, \"householdRegion\": \"620302001001\", \"name\": \"张三\"}\n"
        + "{\"id\": \"j2\", \"age\": \"old\"}\n");
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit = ScreeningJob.run(new String[] {"--catalogue", catalogue.toString(), "--items", "620300-MZ-002",
        "--residents", residents.toString(), "--out", dir.resolve("out").toString(), "--out-format", "json",
        "--as-of", "2026-03-02", "--lang", "en"}, new PrintStream(err, true, StandardCharsets.UTF_8));
    String said = err.toString(StandardCharsets.UTF_8);
    assertThat(exit).as(said).isEqualTo(1);
    assertThat(said).contains("620300-MZ-002 reads householdRegion, age, agentApplies").contains("ELIGIBLE=1").contains("REJECTED=1");
    assertThat(dir.resolve("out/outcome=screened")).isDirectory();
    assertThat(dir.resolve("out/outcome=rejected")).isDirectory();

    ByteArrayOutputStream zh = new ByteArrayOutputStream();
    int usage = ScreeningJob.run(new String[] {"--catalogue", catalogue.toString(), "--items", "NOPE",
        "--residents", residents.toString(), "--out", dir.resolve("out2").toString()}, new PrintStream(zh, true, StandardCharsets.UTF_8));
    assertThat(usage).isEqualTo(2);
    assertThat(zh.toString(StandardCharsets.UTF_8)).contains("无法运行").contains("NOPE");
  }
}
