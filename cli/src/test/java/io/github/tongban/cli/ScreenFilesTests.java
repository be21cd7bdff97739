package io.github.tongban.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tongban.cli.CliTests.Run;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code tongban screen} reads residents files as departments write them (issue 16 §2): Excel's
 * "CSV UTF-8" with its byte-order mark and extra columns, GBK and GB18030 exports with Chinese
 * headers mapped by {@code --columns}, quoted fields with commas and line breaks, JSON Lines with a
 * BOM, a duplicate key, an invalid byte or an over-long line. Every good row is decided, and the
 * results equal those of the clean file (fixtures under {@code screen/}; {@code clean.csv} and
 * {@code clean.jsonl} hold the same 40 residents). A bad row costs itself only, and the exit code
 * is then 1, never 3.
 */
class ScreenFilesTests {
  static final String ITEMS = "620300-MZ-001,620300-MZ-002,620300-YB-001";
  static final String CHINESE_COLUMNS = "id=身份证号,age=年龄,householdRegion=户籍地,householdType=户籍性质,monthlyIncomePerCapita=家庭月人均收入,"
      + "assetsWithinLimit=资产未超标,applicationKind=申请类别,disabledMember=有残疾成员,enrolledEmployeeMedical=已参加职工医保,agentApplies=代办";

  static Path fixture(String name) {
    try {
      return Path.of(ScreenFilesTests.class.getResource("screen/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static Run screen(Path file, String... more) {
    List<String> args = new ArrayList<>(List.of("screen", "--items", ITEMS, "--residents", file.toString(), "--date", "2026-03-02", "--lang", "en"));
    args.addAll(List.of(more));
    return CliTests.run(args.toArray(String[]::new));
  }

  /** The results of the clean file: 40 residents × 3 items, each row with its line. */
  static List<String> clean(String name) {
    Run r = screen(fixture(name));
    assertThat(r.exit()).as(r.err()).isEqualTo(ExitCodes.OK);
    assertThat(r.out().lines()).hasSize(120);
    assertThat(r.err()).contains("40 residents (0 skipped, 0 malformed lines)");
    return r.out().lines().toList();
  }

  static List<String> withoutLines(List<String> rows) {
    return rows.stream().map(l -> l.replaceFirst("\"line\":\\d+,", "")).toList();
  }

  @Test
  void theCleanCsvAndJsonLinesAnswerAlikeAndNameTheFactsEachItemRead() {
    assertThat(withoutLines(clean("clean.csv"))).as("CSV cells typed by the dictionary, JSON values as written (CSV rows a line lower)")
        .isEqualTo(withoutLines(clean("clean.jsonl")));
    assertThat(clean("clean.csv")).anyMatch(l -> l.contains("ELIGIBLE")).anyMatch(l -> l.contains("NEEDS_INFO"))
        .allMatch(l -> !l.contains("620300-MZ-002") || l.contains("\"factsRead\":[\"householdRegion\",\"age\",\"agentApplies\"]"));
    assertThat(screen(fixture("clean.csv")).err()).contains("620300-MZ-002 reads householdRegion, age, agentApplies")
        .contains("620300-YB-001 reads householdRegion, enrolledEmployeeMedical, agentApplies").doesNotContain("ignored");
  }

  @Test
  void excelCsvWithItsByteOrderMarkAndExtraColumnsIsScreenedWithOneWarning() {
    Run r = screen(fixture("excel-bom-extra.csv"));
    assertThat(r.exit()).as(r.err()).isEqualTo(ExitCodes.OK);
    assertThat(r.out().lines()).as("the BOM is not part of the id header, CRLF is not part of the last cell").isEqualTo(clean("clean.csv"));
    assertThat(r.err().lines().filter(l -> l.contains("ignored"))).containsExactly("columns that no chosen item reads, ignored: name, phone");
  }

  @Test
  void gbkAndGb18030ExportsWithChineseHeadersAreScreenedLikeTheCleanFile() {
    Run gbk = screen(fixture("gbk.csv"), "--encoding", "GBK", "--columns", CHINESE_COLUMNS);
    assertThat(gbk.exit()).as(gbk.err()).isEqualTo(ExitCodes.OK);
    assertThat(gbk.out().lines()).isEqualTo(clean("clean.csv"));
    assertThat(gbk.err()).contains("ignored: 姓名");
    Run gb18030 = screen(fixture("gb18030.csv"), "--encoding", "gb18030", "--columns", CHINESE_COLUMNS);
    assertThat(gb18030.exit()).as(gb18030.err()).isEqualTo(ExitCodes.OK);
    assertThat(gb18030.out().lines()).as("its BOM dropped, a character outside GBK read").isEqualTo(clean("clean.csv"));

    Run asUtf8 = screen(fixture("gbk.csv"), "--columns", CHINESE_COLUMNS);
    assertThat(asUtf8.exit()).as("a GBK file read as UTF-8: every line refused, said, no internal error").isEqualTo(ExitCodes.FAILURE);
    assertThat(asUtf8.err()).contains("the header cannot be used: bytes not valid in UTF-8 (line 1, byte 1)").doesNotContain("Exception");
  }

  @Test
  void quotedFieldsWithCommasAndLineBreaksStayOneCell() {
    Run r = screen(fixture("multiline.csv"));
    assertThat(r.exit()).as(r.err()).isEqualTo(ExitCodes.OK);
    assertThat(withoutLines(r.out().lines().toList())).isEqualTo(withoutLines(clean("clean.csv")));
    assertThat(r.out().lines().toList().get(9)).as("a record is numbered by the line it starts on")
        .startsWith("{\"resident\":\"620300000000023757\",\"line\":7,");
    assertThat(r.err()).contains("ignored: remark");
  }

  @Test
  void jsonLinesWithAByteOrderMarkKeepsItsFirstLine() {
    Run r = screen(fixture("bom.jsonl"));
    assertThat(r.exit()).as(r.err()).isEqualTo(ExitCodes.OK);
    assertThat(r.out().lines()).isEqualTo(clean("clean.jsonl"));
  }

  @Test
  void aRowWithADuplicateKeyIsRefusedAloneAndTheRunSaysSo() {
    Run r = screen(fixture("duplicate-keys.jsonl"));
    assertThat(r.exit()).as("rows were skipped").isEqualTo(ExitCodes.FAILURE);
    assertThat(r.err()).contains("line 5 cannot be read: the JSON has a duplicate key").contains("line 18 cannot be read: the JSON has a duplicate key")
        .contains("38 residents (0 skipped, 2 malformed lines)");
    assertThat(r.out().lines()).isEqualTo(clean("clean.jsonl").stream()
        .filter(l -> !l.contains("\"line\":5,") && !l.contains("\"line\":18,")).toList());
  }

  @Test
  void oneInvalidByteAmongTwentyThousandGoodRowsCostsOnlyItsLine(@TempDir Path dir) throws IOException {
    List<String> lines = Files.readAllLines(fixture("clean.jsonl"));
    Path dirty = dir.resolve("dirty.jsonl");
    Path clean = dir.resolve("clean.jsonl");
    int bad = 18_433;
    try (OutputStream d = Files.newOutputStream(dirty); OutputStream c = Files.newOutputStream(clean)) {
      for (int i = 1; i <= 20_001; i++) {
        byte[] line = lines.get(i % lines.size()).replaceFirst("\"id\": \"", "\"id\": \"" + i + "-").getBytes(StandardCharsets.UTF_8);
        if (i == bad) {
          line[12] = (byte) 0xFF;
          c.write('\n');
        } else {
          c.write(line);
          c.write('\n');
        }
        d.write(line);
        d.write('\n');
      }
    }
    Run r = screen(dirty, "--threads", "2");
    assertThat(r.exit()).as("a row was skipped").isEqualTo(ExitCodes.FAILURE);
    assertThat(r.err()).contains("line 18433 cannot be read: bytes not valid in UTF-8 (line 18433, byte 13); skipped")
        .contains("20,000 residents (0 skipped, 1 malformed lines)");
    Run reference = screen(clean, "--threads", "2");
    assertThat(reference.exit()).isEqualTo(ExitCodes.OK);
    assertThat(r.out()).as("every good row decided, as in the clean file (the bad line blank there)").isEqualTo(reference.out());
    assertThat(r.out().lines()).hasSize(60_000);
  }

  @Test
  void aLineLongerThanTheBoundIsRefusedAndTheRestRead(@TempDir Path dir) throws IOException {
    List<String> lines = new ArrayList<>(Files.readAllLines(fixture("clean.jsonl")));
    lines.add(3, "{\"id\": \"long\", \"note\": \"" + "长".repeat(2_000) + "\"}");
    Path file = Files.write(dir.resolve("long.jsonl"), lines);
    Run r = screen(file, "--max-line-bytes", "1000");
    assertThat(r.exit()).isEqualTo(ExitCodes.FAILURE);
    assertThat(r.err()).contains("line 4 cannot be read: longer than 1000 bytes (--max-line-bytes); skipped")
        .contains("40 residents (0 skipped, 1 malformed lines)");
    assertThat(withoutLines(r.out().lines().toList())).isEqualTo(withoutLines(clean("clean.jsonl")));

    List<String> csv = new ArrayList<>(Files.readAllLines(fixture("clean.csv")));
    csv.add(3, "open,\"a quote never closed, 80,620302001001");
    Path open = Files.write(dir.resolve("open.csv"), csv);
    for (String bound : List.of("1000", "1048576")) {
      Run o = screen(open, "--max-line-bytes", bound);
      assertThat(o.exit()).isEqualTo(ExitCodes.FAILURE);
      assertThat(o.err()).as("the open quote swallows no row, bound %s", bound).contains("line 4 cannot be read: an unclosed quote; skipped")
          .contains("40 residents (0 skipped, 1 malformed lines)");
      assertThat(withoutLines(o.out().lines().toList())).isEqualTo(withoutLines(clean("clean.csv")));
    }
  }

  @Test
  void aHeaderNamingAFactTwiceIsRefusedAndJsonKeysNoItemReadsAreNamedOnce(@TempDir Path dir) throws IOException {
    Path twice = Files.writeString(dir.resolve("twice.csv"), "id,age,age\nr1,80,81\n");
    Run r = screen(twice);
    assertThat(r.exit()).isEqualTo(ExitCodes.FAILURE);
    assertThat(r.err()).contains("the header cannot be used: column age appears twice").doesNotContain("residents (");
    assertThat(r.out()).isEmpty();

    Path extra = Files.writeString(dir.resolve("extra.jsonl"),
        "{\"id\": \"j1\", \"age\": 85, \"name\": \"张三\", \"\\u001b[31mred\": 1}\n{\"id\": \"j2\", \"name\": \"李四\", \"phone\": \"1\"}\n");
    Run j = screen(extra);
    assertThat(j.exit()).isEqualTo(ExitCodes.OK);
    assertThat(j.err().lines().filter(l -> l.contains("ignored")))
        .as("one warning, each key once, its escape sequence removed").containsExactly("columns that no chosen item reads, ignored: name, red, phone");
    assertThat(j.out().lines()).hasSize(6);
  }

  @Test
  void repeatedItemsCountOnce() {
    Run twice = CliTests.run("screen", "--items", "620300-MZ-002,620300-MZ-002", "--residents", fixture("clean.csv").toString(), "--date", "2026-03-02");
    Run once = CliTests.run("screen", "--items", "620300-MZ-002", "--residents", fixture("clean.csv").toString(), "--date", "2026-03-02");
    assertThat(twice.exit()).isEqualTo(ExitCodes.OK);
    assertThat(twice.out()).isEqualTo(once.out());
    assertThat(twice.out().lines()).hasSize(40);
    assertThat(twice.err()).isEqualTo(once.err());
  }

  @Test
  void usageErrorsAreExitTwoInTheRunsLanguage(@TempDir Path dir) {
    Path csv = fixture("clean.csv");
    Stream.of(
        List.of("--threads", "0", "--threads must be at least 1, not 0"),
        List.of("--encoding", "latin1", "--encoding latin1 is not taken: use UTF-8, GB18030 or GBK"),
        List.of("--columns", "age", "--columns takes fact=column pairs"),
        List.of("--columns", "shoeSize=鞋码", "the fact dictionary has no fact shoeSize"),
        List.of("--columns", "age=A,householdRegion=A", "column A is named for two facts"),
        List.of("--max-line-bytes", "0", "--max-line-bytes must be at least 1")).forEach(c -> {
          Run r = screen(csv, c.get(0), c.get(1));
          assertThat(r.exit()).as(c.toString()).isEqualTo(ExitCodes.USAGE);
          assertThat(r.err()).contains(c.get(2));
        });
    assertThat(screen(dir.resolve("none.csv")).exit()).isEqualTo(ExitCodes.USAGE);
    assertThat(CliTests.run("screen", "--items", "NOPE", "--residents", csv.toString()).exit()).isEqualTo(ExitCodes.USAGE);
    Run zh = CliTests.run("screen", "--items", ITEMS, "--residents", csv.toString(), "--threads", "0");
    assertThat(zh.err()).contains("--threads 至少为 1,不能是 0");
  }
}
