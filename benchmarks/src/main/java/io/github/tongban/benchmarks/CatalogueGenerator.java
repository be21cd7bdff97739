package io.github.tongban.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Writes a synthetic, valid catalogue of any size from a fixed seed. Its items have the shapes of
 * the sample catalogue's (household-region and age or income conditions against dated parameters,
 * self/agent scenarios, exempt identity documents, deferrable commitments) and its figures are set
 * to reproduce the city's published ones at 8,302 items: 8,301 online-capable, 8,284 fully online,
 * average trips 0, average materials 3.35, promised-limit compression 92.25 %, instant items
 * 86.07 % (within rounding). The facts, parameters, regions and calendar are the sample's.
 *
 * <p>Synthetic content, generated for benchmarks: illustrative, not the city's legal text.
 */
public final class CatalogueGenerator {
  private static final String SAMPLE = "/io/github/tongban/catalog/sample/";
  private static final String[] DEPARTMENTS = {"民政局", "人力资源和社会保障局", "医疗保障局", "农业农村局", "卫生健康委员会",
      "公安局", "住房公积金管理中心", "市场监督管理局", "残疾人联合会", "退役军人事务局"};

  private CatalogueGenerator() {}

  /** {@code java … CatalogueGenerator DIR [ITEMS] [SEED] [--with-sample]} */
  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args.length > 0 ? args[0] : "target/synthetic");
    int items = args.length > 1 ? Integer.parseInt(args[1]) : 8_302;
    long seed = args.length > 2 ? Long.parseLong(args[2]) : 20261126L;
    boolean withSample = List.of(args).contains("--with-sample");
    write(dir, items, seed, withSample);
  }

  /**
   * Writes a catalogue of {@code items} generated items into {@code dir} (emptied first). With
   * {@code withSample} the sample's own items are added as well, so that applications to sample
   * items can be decided on it.
   */
  public static void write(Path dir, int items, long seed, boolean withSample) throws IOException {
    if (Files.exists(dir)) {
      try (var walk = Files.walk(dir)) {
        for (Path p : walk.sorted(Collections.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    }
    Files.createDirectories(dir.resolve("items"));
    Files.createDirectories(dir.resolve("calendar"));
    Files.writeString(dir.resolve("catalogue.yaml"), """
        # Synthetic catalogue generated for benchmarks: illustrative, not the city's legal text.
        name: 合成事项目录(基准测试用)
        version: synthetic-%d-%d
        illustrative: true
        notice: 由 CatalogueGenerator 生成的合成内容,仅用于性能测试。
        """.formatted(items, seed));
    for (String f : List.of("facts.yaml", "parameters.yaml", "regions.yaml", "calendar/2026.yaml")) {
      Files.writeString(dir.resolve(f), sample(f));
    }
    if (withSample) {
      for (String code : io.github.tongban.catalog.SampleCatalogue.catalogue().items().stream().map(i -> i.code()).toList()) {
        Files.writeString(dir.resolve("items/" + code + ".yaml"), sample("items/" + code + ".yaml"));
      }
    }
    Plan plan = Plan.of(items);
    Random random = new Random(seed);
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < items; i++) {
      order.add(i);
    }
    Collections.shuffle(order, random);
    for (int n = 0; n < items; n++) {
      int slot = order.get(n);
      Files.writeString(dir.resolve("items/G-%05d.yaml".formatted(n + 1)), item(n + 1, slot, plan, random));
    }
  }

  /** How many items get each value of each figure, so that the totals hit the published figures. */
  record Plan(int items, int notOnline, int partial, int fourMaterials, int instant, int promisedFour) {
    static Plan of(int items) {
      int notOnline = Math.max(0, Math.round(items * 1f / 8_302));
      int partial = Math.max(0, Math.round(items * 17f / 8_302));
      int fourMaterials = (int) Math.round(items * 3.35) - 3 * items;
      int instant = (int) Math.round(items * 0.8607);
      int promise = items - instant;
      // statutory: 5 days for instant items, 20 for the others; Σ promised = 7.75 % of Σ statutory,
      // with promises of 3 or 4 days: 4a + 3(promise - a) = Σ promised
      long statutory = 5L * instant + 20L * promise;
      long promised = Math.round(statutory * 0.0775);
      int promisedFour = (int) Math.max(0, Math.min(promise, promised - 3L * promise));
      return new Plan(items, notOnline, partial, fourMaterials, instant, promisedFour);
    }
  }

  private static String item(int number, int slot, Plan plan, Random random) {
    String online = slot < plan.notOnline() ? "none" : slot < plan.notOnline() + plan.partial() ? "partial" : "full";
    boolean four = slot < plan.fourMaterials();
    boolean instant = ((slot * 7919L) % plan.items()) < plan.instant();
    int promiseRank = (int) ((slot * 7919L) % plan.items()) - plan.instant();
    int promised = instant ? 0 : promiseRank < plan.promisedFour() ? 4 : 3;
    int shape = random.nextInt(4);
    String code = "G-%05d".formatted(number);
    String department = DEPARTMENTS[random.nextInt(DEPARTMENTS.length)];
    String conditions = switch (shape) {
      case 0 -> """
            - {fact: age, op: ge, value: %d, text: 年满%d周岁, basis: b1}
          """.formatted(16 + random.nextInt(70), 16 + random.nextInt(70));
      case 1 -> """
            - any:
                - all:
                    - {fact: householdType, op: eq, value: 城镇}
                    - {fact: monthlyIncomePerCapita, op: le, parameter: minLivingUrban}
                - all:
                    - {fact: householdType, op: eq, value: 农村}
                    - {fact: monthlyIncomePerCapita, op: le, parameter: minLivingRural}
              text: 家庭月人均收入低于最低生活保障标准
              basis: b1
            - {fact: assetsWithinLimit, op: eq, value: true, text: 家庭财产符合规定}
          """;
      case 2 -> """
            - not: {fact: enrolledEmployeeMedical, op: eq, value: true}
              text: 未参加职工医保
              basis: b1
          """;
      default -> """
            - {fact: age, op: ge, parameter: elderlyAllowanceAge, text: 达到规定年龄, basis: b1}
            - {fact: badCredit, op: ne, value: true, text: 无严重失信记录}
          """;
    };
    String extra = four ? """
          - id: commitment
            name: 告知承诺书
            form: original
            copies: 1
            source: {kind: applicant}
            deferrable: true
        """ : "";
    return """
        # yaml-language-server: $schema=../../schema/item.schema.json
        # Synthetic item generated for benchmarks: illustrative, not the city's legal text.
        code: %s
        name: 合成事项%d
        type: public-service
        department: %s
        version: "1"
        effective:
          from: 2025-01-01
        legalBasis:
          - {id: b1, title: 《合成依据》, article: 第%d条}
        levels: [county, township, village]
        authority:
          name: %s
          level: county
        conditions:
          all:
            - {fact: householdRegion, op: within, region: "620300", text: 持有本市户籍, basis: b1}
        %s
        scenarios:
          - id: self
            name: 本人申请
            when: {fact: agentApplies, op: eq, value: false}
            materials: [idCard, householdRegister, form%s]
          - id: agent
            name: 代为申请
            when: {fact: agentApplies, op: eq, value: true}
            materials: [idCard, householdRegister, form%s]
        materials:
          - id: idCard
            name: 居民身份证
            form: original
            copies: 1
            source: {kind: e-licence, provider: 公安部门居民身份证电子证照}
            essential: true
          - id: householdRegister
            name: 居民户口簿
            form: original
            copies: 1
            source: {kind: shared-data, provider: 公安人口信息库}
            essential: true
          - id: form
            name: 申请表
            form: original
            copies: 1
            source: {kind: applicant}
            essential: true
        %s
        timeLimit:
          statutory: %d
          promised: %d
          instant: %s
        trips: 0
        fee: {amount: 0}
        onlineLevel: %s
        process:
          - {name: 受理}
          - {name: 办结}
        delivery: [electronic]
        scope: %s
        modes: [online, proxy]
        """.formatted(code, number, department, 1 + random.nextInt(60), department, conditions.indent(2).stripTrailing(),
        four ? ", commitment" : "", four ? ", commitment" : "", extra.stripTrailing(), instant ? 5 : 20, promised, instant,
        online, random.nextInt(10) == 0 ? "county" : "city");
  }

  private static String sample(String file) {
    try (InputStream in = CatalogueGenerator.class.getResourceAsStream(SAMPLE + file)) {
      if (in == null) {
        throw new IllegalStateException("the sample catalogue has no " + file);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
