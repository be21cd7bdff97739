package io.github.tongban.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tongban.cli.CliTests.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A suspended item (status: suspended, 暂停) decides nothing and says so at every command: decide
 * refuses it as a usage error naming the problem; screen reports each resident as rejected for
 * it, never as ineligible.
 */
class SuspendedItemCliTests {
  static String suspended(Path dir) throws IOException {
    CliTests.copySample(dir);
    Path item = dir.resolve("items/620300-MZ-002.yaml");
    Files.writeString(item, Files.readString(item).replace("trips: 0\n", "trips: 0\nstatus: suspended\n"));
    return dir.toString();
  }

  @Test
  void decideRefusesASuspendedItemAndSaysSo(@TempDir Path dir) throws IOException {
    String catalogue = suspended(dir);
    Run zh = CliTests.run("decide", "--catalogue", catalogue, "--item", "620300-MZ-002", "--date", "2026-03-02", "--fact", "age=85");
    assertThat(zh.exit()).isEqualTo(ExitCodes.USAGE);
    assertThat(zh.err()).contains("item: 事项 620300-MZ-002(高龄津贴申领,版本 2026.1)已暂停办理");
    Run en = CliTests.run("decide", "--catalogue", catalogue, "--item", "620300-MZ-002", "--date", "2026-03-02", "--lang", "en");
    assertThat(en.err()).contains("item: Item 620300-MZ-002 (高龄津贴申领, version 2026.1) is suspended");
    assertThat(CliTests.run("decide", "--catalogue", catalogue, "--item", "620300-MZ-001", "--date", "2026-03-02").exit())
        .as("the other items are decided").isEqualTo(ExitCodes.OK);
  }

  @Test
  void screenRejectsTheResidentsOfASuspendedItemInsteadOfCallingThemIneligible(@TempDir Path dir) throws IOException {
    String catalogue = suspended(dir);
    Path csv = Files.writeString(dir.resolve("r.csv"), "id,age,householdRegion\nc1,90,620302001001\nc2,60,620302001001\n");
    Run r = CliTests.run("screen", "--catalogue", catalogue, "--items", "620300-MZ-002", "--residents", csv.toString(), "--date", "2026-03-02",
        "--lang", "en");
    assertThat(r.exit()).as("rows were skipped").isEqualTo(ExitCodes.FAILURE);
    assertThat(r.out()).as("no row is decided").isEmpty();
    assertThat(r.err()).contains("line 2 (c1): item: Item 620300-MZ-002 (高龄津贴申领, version 2026.1) is suspended")
        .contains("line 3 (c2): item:").contains("2 residents (2 skipped, 0 malformed lines); eligible 0, ineligible 0, needs info 0");
  }
}
