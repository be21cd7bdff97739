package io.github.tongban.present;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.tongban.catalog.SampleCatalogue;
import io.github.tongban.core.load.CatalogueLoader;
import io.github.tongban.core.load.LoadResult;
import io.github.tongban.core.model.Catalogue;
import io.github.tongban.present.CatalogueDiff.Change;
import io.github.tongban.present.CatalogueDiff.Subject;
import io.github.tongban.core.model.Authority;
import io.github.tongban.core.model.Channels;
import io.github.tongban.core.model.DayUnit;
import io.github.tongban.core.model.Faq;
import io.github.tongban.core.model.ItemCodes;
import io.github.tongban.core.model.ItemResult;
import io.github.tongban.core.model.ItemStatus;
import io.github.tongban.core.model.OnlineDepth;
import io.github.tongban.core.model.PowerSource;
import io.github.tongban.core.model.ProjectType;
import io.github.tongban.core.model.ResultType;
import io.github.tongban.core.model.RightsAndDuties;
import io.github.tongban.core.model.ServiceObject;
import io.github.tongban.core.model.SpecialProcedure;
import io.github.tongban.core.model.SpecialProcedureKind;
import io.github.tongban.core.model.Topics;
import io.github.tongban.core.model.DeliveryMethod;
import io.github.tongban.core.model.Fee;
import io.github.tongban.core.model.Form;
import io.github.tongban.core.model.HandlingMode;
import io.github.tongban.core.model.Intermediary;
import io.github.tongban.core.model.LegalBasis;
import io.github.tongban.core.model.LocalInfo;
import io.github.tongban.core.model.ProcessStep;
import io.github.tongban.core.model.RegionLevel;
import io.github.tongban.core.model.ServiceItem;
import io.github.tongban.core.model.SpecialService;
import io.github.tongban.core.model.TimeLimit;
import io.github.tongban.core.model.Validity;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The catalogue diff says what changed in words, in Chinese and English: each case copies the
 * sample catalogue, changes one thing in its YAML, and reads the diff.
 */
class CatalogueDiffTests {
  /** One edit of a catalogue file and the words the diff must say about it, in zh and en. */
  record Case(String name, String file, String from, String to, List<String> zh, List<String> en) {}

  private static final Pattern RECORD_SYNTAX = Pattern.compile("\\w\\[\\w*=|Optional\\[|Optional\\.empty|\\[\\]");
  private static final List<String> ZH_WORDS = List.of("新增", "删除", "个工作日", "不涉及标准要素", "处变化", "施行期间", "数值", "提问", "允许值", "名称");
  private static final List<String> EN_WORDS = List.of("added", "removed", "working day", "not a standard", "change(s)", "in force", "value");

  @TempDir
  Path temp;

  private static final Catalogue SAMPLE = SampleCatalogue.load(CatalogueLoader.withDefaults()).orElseThrow();

  static Catalogue sample() {
    return SAMPLE;
  }

  static final List<Case> CASES = List.of(
      new Case("a region renamed", "regions.yaml", "name: 金川区\n", "name: 金川新区\n",
          List.of("行政区划", "  620302 金川新区", "    名称:金川区 → 金川新区"),
          List.of("Regions", "  620302 金川新区", "    name: 金川区 → 金川新区")),
      new Case("a holiday added", "calendar/2026.yaml", "workdays:\n", "  - {name: 示例假日, from: 2026-12-31, to: 2026-12-31}\nworkdays:\n",
          List.of("工作日历", "    节假日 新增:2026-12-31 示例假日"),
          List.of("Working calendar", "    public holiday added: 2026-12-31 示例假日")),
      new Case("a holiday of several days added, said as one period", "calendar/2026.yaml", "workdays:\n",
          "  - {name: 示例长假, from: 2026-12-28, to: 2026-12-30}\nworkdays:\n",
          List.of("    节假日 新增:2026-12-28 至 2026-12-30 示例长假"),
          List.of("    public holiday added: 2026-12-28 to 2026-12-30 示例长假")),
      new Case("a make-up working day removed", "calendar/2026.yaml", "  - {name: 国庆节调休上班, date: 2026-10-10}\n", "",
          List.of("    调休上班日 删除:2026-10-10 国庆节调休上班"),
          List.of("    make-up working day removed: 2026-10-10 国庆节调休上班")),
      new Case("a parameter period's value changed", "parameters.yaml", "      - from: 2026-01-01\n        value: 810\n",
          "      - from: 2026-01-01\n        value: 850\n",
          List.of("参数", "  minLivingUrban 城市居民最低生活保障标准", "    期间 2026-01-01 · 数值:810 元/月 → 850 元/月"),
          List.of("Parameters", "    period 2026-01-01 · value: 810 元/月 → 850 元/月")),
      new Case("a parameter period closed and a new one added", "parameters.yaml", "      - from: 2026-01-01\n        value: 810\n",
          "      - from: 2026-01-01\n        to: 2026-12-31\n        value: 810\n      - from: 2027-01-01\n        value: 850\n",
          List.of("    期间 2026-01-01 · 施行期间:自 2026-01-01 起 → 2026-01-01 至 2026-12-31", "    期间 2027-01-01 新增:自 2027-01-01 起:850 元/月"),
          List.of("    period 2026-01-01 · in force: from 2026-01-01 → 2026-01-01 to 2026-12-31",
              "    period 2027-01-01 added: from 2027-01-01: 850 元/月")),
      new Case("a fact's question changed", "facts.yaml", "question: 申请人今年多少周岁?", "question: 申请人的年龄是多少周岁?",
          List.of("事实字典", "  age 年龄", "    提问:申请人今年多少周岁? → 申请人的年龄是多少周岁?"),
          List.of("Fact dictionary", "  age 年龄", "    question: 申请人今年多少周岁? → 申请人的年龄是多少周岁?")),
      new Case("a fact's allowed value added", "facts.yaml", "values: [城镇, 农村]", "values: [城镇, 农村, 集体户]",
          List.of("  householdType 户籍性质", "    允许值 新增:集体户"),
          List.of("  householdType 户籍性质", "    allowed value added: 集体户")),
      new Case("a fact's bound removed", "facts.yaml", "    min: 0\n    max: 150\n", "    min: 0\n",
          List.of("    最大值 删除:150"), List.of("    maximum removed: 150")),
      new Case("an item's validity ends", "items/620300-MZ-002.yaml", "effective:\n  from: 2025-01-01\n",
          "effective:\n  from: 2025-01-01\n  to: 2026-12-31\n",
          List.of("  620300-MZ-002 高龄津贴申领", "    施行期间:自 2025-01-01 起 → 2025-01-01 至 2026-12-31(不涉及标准要素)"),
          List.of("  620300-MZ-002 高龄津贴申领", "    in force: from 2025-01-01 → 2025-01-01 to 2026-12-31 (not a standard element)")),
      new Case("a material added", "items/620300-MZ-002.yaml", "materials: [idCard, bankCard, agentIdCard]\nmaterials:\n",
          "materials: [idCard, bankCard, agentIdCard, photo]\nmaterials:\n  - id: photo\n    name: 近期免冠照片\n    form: original\n"
              + "    copies: 2\n    source: {kind: applicant}\n",
          List.of("    申请材料 photo(近期免冠照片) 新增:近期免冠照片,原件,2 份,申请人提供",
              "    办理情形 agent(家属代为申请) · 所需材料 新增:photo 近期免冠照片"),
          List.of("    material photo (近期免冠照片) added: 近期免冠照片; original; 2 copies; from the applicant",
              "    scenario agent (家属代为申请) · material required added: photo 近期免冠照片")),
      new Case("a material no longer deferrable", "items/620300-MZ-002.yaml", "    deferrable: true\n    notes: 用于", "    notes: 用于",
          List.of("    申请材料 bankCard(社会保障卡或本人银行账户) · 可容缺:是 → 否"),
          List.of("    material bankCard (社会保障卡或本人银行账户) · deferrable: yes → no")),
      new Case("a promised time limit shortened", "items/620300-MZ-002.yaml", "promised: 5", "promised: 1",
          List.of("    承诺时限:5 个工作日 → 1 个工作日"), List.of("    promised time limit: 5 working days → 1 working day")),
      new Case("an alias added", "items/620300-MZ-002.yaml", "aliases: [高龄补贴, 老年津贴]", "aliases: [高龄补贴, 老年津贴, 长寿金]",
          List.of("    常用名称 新增:长寿金(不涉及标准要素)"), List.of("    common name added: 长寿金 (not a standard element)")),
      new Case("a handling mode and the scope changed", "items/620300-MZ-002.yaml", "scope: city\nmodes: [online, proxy]",
          "scope: county\nmodes: [online]",
          List.of("    通办范围:全市通办 → 全县通办", "    跨域办理模式 删除:异地代收代办"),
          List.of("    acceptance scope: anywhere in the city → anywhere in the county", "    handling mode away from home removed: received here, handled at home")),
      new Case("a condition's test changed under the same words", "items/620300-MZ-002.yaml", "      parameter: elderlyAllowanceAge\n",
          "      value: 79\n",
          List.of("    受理条件:all(householdRegion within region 620300; age ge parameter elderlyAllowanceAge) → all(householdRegion within region 620300; age ge 79)"),
          List.of("    acceptance conditions: all(householdRegion within region 620300; age ge parameter elderlyAllowanceAge) → all(")),
      new Case("a condition's words changed", "items/620300-MZ-002.yaml", "text: 年满80周岁", "text: 年满八十周岁",
          List.of("    受理条件:同时满足:持有本市户籍(《甘肃省老年人权益保障条例》第二十六条);年满80周岁(《甘肃省老年人权益保障条例》第二十六条)"
              + " → 同时满足:持有本市户籍(《甘肃省老年人权益保障条例》第二十六条);年满八十周岁(《甘肃省老年人权益保障条例》第二十六条)"),
          List.of("    acceptance conditions: ")),
      new Case("a legal basis article changed", "items/620300-MZ-002.yaml", "article: 第三十三条", "article: 第三十四条",
          List.of("    设定依据 lnr · 条款:第三十三条 → 第三十四条"), List.of("    legal basis lnr · article: 第三十三条 → 第三十四条")),
      new Case("a process step done by someone else", "items/620300-MZ-002.yaml", "{name: 审核, actor: 县(区)民政局}", "{name: 审核, actor: 市民政局}",
          List.of("    办理步骤 审核 · 办理主体:县(区)民政局 → 市民政局"), List.of("    process step 审核 · done by: 县(区)民政局 → 市民政局")),
      new Case("process steps reordered", "items/620300-MZ-002.yaml", "  - {name: 审核, actor: 县(区)民政局}\n  - {name: 发放, description: 次月起按月发放}\n",
          "  - {name: 发放, description: 次月起按月发放}\n  - {name: 审核, actor: 县(区)民政局}\n",
          List.of("    办理步骤 · 顺序:受理、审核、发放 → 受理、发放、审核"), List.of("    process step · order: 受理, 审核, 发放 → 受理, 发放, 审核")),
      new Case("allowed values reordered", "facts.yaml", "values: [城镇, 农村]", "values: [农村, 城镇]",
          List.of("    允许值 · 顺序:城镇、农村 → 农村、城镇"), List.of("    allowed value · order: 城镇, 农村 → 农村, 城镇")),
      new Case("a bound written with another scale is no change", "facts.yaml", "    min: 0\n    max: 150\n", "    min: 0.0\n    max: 150\n",
          List.of(), List.of()),
      // a bidi override (U+202E) no longer loads (yaml.invisible-character); an escape character still does
      new Case("a control character slipped into a name", "items/620300-MZ-002.yaml", "name: 高龄津贴申领", "name: \"高龄津贴申领\\e\"",
          List.of("    名称:高龄津贴申领 → 高龄津贴申领(不可见字符有变化)"), List.of("    name: 高龄津贴申领 → 高龄津贴申领 (a change in invisible characters)")),
      new Case("a fee charged", "items/620300-MZ-002.yaml", "fee:\n  amount: 0\n", "fee:\n  amount: 10\n  basis: lnr\n",
          List.of("    收费标准:不收费 → 10 元", "    收费依据 新增:《中华人民共和国老年人权益保障法》第三十三条"),
          List.of("    fee: free of charge → 10 yuan", "    basis for the fee added: 《中华人民共和国老年人权益保障法》第三十三条")),
      // an item that needs a trip says why it must be on site (channels.onSiteReason): one that already does
      new Case("another in-person trip needed", "items/620300-CL-001.yaml", "trips: 1", "trips: 2",
          List.of("    跑动次数:1 次 → 2 次"), List.of("    in-person trips: 1 trip → 2 trips")),
      new Case("a local telephone changed", "items/620300-YB-001.yaml", "0935-0000001", "0935-7654321",
          List.of("    本地信息 620302(金川区) · 电话:0935-0000001 → 0935-7654321(不涉及标准要素)"),
          List.of("    local information 620302 (金川区) · telephone: 0935-0000001 → 0935-7654321 (not a standard element)")));

  @TestFactory
  Stream<DynamicTest> eachEditIsSaidInWordsInBothLanguages() {
    Catalogue before = sample();
    return CASES.stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> {
      Catalogue after = edited(c);
      List<Change> changes = CatalogueDiff.between(before, after, Language.ZH);
      assertThat(changes.isEmpty()).as("a change is found unless none is expected").isEqualTo(c.zh().isEmpty());
      List<String> zh = CatalogueDiff.text(changes, Language.ZH);
      List<String> en = CatalogueDiff.text(CatalogueDiff.between(before, after, Language.EN), Language.EN);
      assertThat(zh).as(String.join("\n", zh)).containsAll(c.zh());
      c.en().forEach(l -> assertThat(en).as(String.join("\n", en)).anyMatch(line -> line.startsWith(l)));
      assertReadable(zh);
      assertReadable(en);
      assertThat(String.join("\n", en)).as("no Chinese wording in English output").doesNotContain(ZH_WORDS);
      assertThat(String.join("\n", zh)).as("no English wording in Chinese output").doesNotContain(EN_WORDS);
      CatalogueDiff.json(changes).forEach(change -> assertReadable(List.of(change.toString())));
    }));
  }

  /** No record syntax, and no arrow between two sides that say the same. */
  private static void assertReadable(List<String> lines) {
    for (String line : lines) {
      assertThat(RECORD_SYNTAX.matcher(line).find()).as("record syntax in: %s", line).isFalse();
      int arrow = line.indexOf(" → ");
      if (arrow >= 0) {
        String right = line.substring(arrow + 3).replace("(不涉及标准要素)", "").replace(" (not a standard element)", "");
        assertThat(line.substring(0, arrow)).as("identical sides in: %s", line).doesNotEndWith(right);
      }
    }
  }

  private Catalogue edited(Case c) throws IOException {
    Path dir = Files.createTempDirectory(temp, "catalogue");
    SampleCatalogue.copyTo(dir);
    Path file = dir.resolve(c.file());
    String text = Files.readString(file);
    assertThat(text).as("the sample still holds the text this case edits").contains(c.from());
    Files.writeString(file, text.replaceFirst(Pattern.quote(c.from()), java.util.regex.Matcher.quoteReplacement(c.to())));
    LoadResult r = CatalogueLoader.withDefaults().load(dir);
    assertThat(r.errors()).as("the edited catalogue is valid").isEmpty();
    return r.orElseThrow();
  }

  /** For each element of an item, a different value of it: a new element of the model needs its entry here. */
  private static Map<String, Function<ServiceItem, Object>> mutations() {
    Map<String, Function<ServiceItem, Object>> m = new LinkedHashMap<>();
    m.put("code", i -> "620300-MZ-999");
    m.put("name", i -> i.name() + "(新)");
    m.put("aliases", i -> plus(i.aliases(), "长寿金"));
    m.put("type", i -> next(i.type()));
    m.put("department", i -> i.department() + "办公室");
    m.put("version", i -> "2026.9");
    m.put("validity", i -> new Validity(i.validity().from(), Optional.of(LocalDate.of(2030, 12, 31))));
    m.put("legalBases", i -> plus(i.legalBases(), new LegalBasis("sl", "《示例条例》", "第一条", Optional.empty(), Optional.empty())));
    m.put("levels", i -> plus(i.levels(), RegionLevel.PROVINCE));
    m.put("authority", i -> new Authority(i.authority().name() + "办公室", i.authority().level(), Optional.empty(), Optional.empty()));
    m.put("conditions", i -> Optional.empty());
    m.put("scenarios", i -> i.scenarios().subList(0, 1));
    m.put("materials", i -> i.materials().subList(0, i.materials().size() - 1));
    m.put("timeLimit", i -> new TimeLimit(i.timeLimit().statutory() + 1, i.timeLimit().promised(), false, List.of()));
    m.put("trips", i -> i.trips() + 1);
    m.put("fee", i -> new Fee(BigDecimal.TEN, Optional.empty(), Optional.of("按件收取"), Optional.empty()));
    m.put("onlineLevel", i -> next(i.onlineLevel()));
    m.put("intermediaries", i -> plus(i.intermediaries(), new Intermediary("资产评估", true, Optional.empty())));
    m.put("process", i -> plus(i.process(), new ProcessStep("归档", Optional.empty(), Optional.empty())));
    m.put("delivery", i -> plus(i.delivery(), DeliveryMethod.POST));
    m.put("scope", i -> next(i.scope()));
    m.put("modes", i -> plus(i.modes(), HandlingMode.JOINT));
    m.put("home", i -> next(i.home()));
    m.put("forms", i -> plus(i.forms(), new Form("申请表", Optional.of("https://example.org/form"))));
    m.put("reviewPoints", i -> plus(i.reviewPoints(), "核对申请人身份"));
    m.put("specialServices", i -> plus(i.specialServices(), SpecialService.ACCOMPANY));
    m.put("local", i -> Map.of("620321", new LocalInfo(Optional.of("永昌县民政局"), Optional.empty(), Optional.of("0935-0000009"),
        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty())));
    m.put("codes", i -> Optional.of(new ItemCodes("000105001000", Optional.empty(), Optional.empty())));
    m.put("serviceObjects", i -> plus(i.serviceObjects(), ServiceObject.OTHER_ORGANISATION));
    m.put("status", i -> ItemStatus.SUSPENDED);
    m.put("plannedCancellation", i -> Optional.of(LocalDate.of(2030, 12, 31)));
    m.put("powerSource", i -> Optional.of(i.powerSource().map(CatalogueDiffTests::next).orElse(PowerSource.STATUTORY)));
    m.put("jointAgencies", i -> List.of("县(区)卫生健康局"));
    m.put("acceptLevel", i -> Optional.of(i.acceptLevel().map(CatalogueDiffTests::next).orElse(RegionLevel.TOWNSHIP)));
    m.put("approveLevel", i -> Optional.of(i.approveLevel().map(CatalogueDiffTests::next).orElse(RegionLevel.COUNTY)));
    m.put("preReview", i -> Optional.of(i.preReview().map(CatalogueDiffTests::next).orElse(RegionLevel.TOWNSHIP)));
    m.put("quantityLimit", i -> Optional.of(i.quantityLimit().map(q -> q + "(每年公布)").orElse("无")));
    m.put("projectType", i -> Optional.of(i.projectType().filter(p -> p != ProjectType.REPORTED).map(p -> ProjectType.REPORTED).orElse(ProjectType.PROMISED)));
    m.put("specialProcedures", i -> List.of(new SpecialProcedure(SpecialProcedureKind.PUBLIC_NOTICE, Optional.empty(), 7, DayUnit.DAYS,
        Optional.empty(), Optional.empty(), false)));
    m.put("result", i -> Optional.of(new ItemResult(ResultType.OTHER, Optional.of("高龄津贴发放通知"), Optional.of("样本.pdf"), false)));
    m.put("channels", i -> Optional.of(new Channels(Optional.empty(), false, Optional.of(new Channels.Express(false, true)), true,
        Optional.empty(), Optional.empty())));
    m.put("onlineDepth", i -> Optional.of(OnlineDepth.HANDLE));
    m.put("deferralExcludedWhen", i -> i.conditions());
    m.put("rightsAndDuties", i -> Optional.of(new RightsAndDuties(List.of("依法获得高龄津贴"), List.of("如实提供信息"))));
    m.put("faq", i -> List.of(new Faq("可以由家属代办吗?", "可以,需提供代办人身份证。")));
    m.put("topics", i -> Optional.of(new Topics(List.of("养老服务(新)"), List.of(), List.of("退休养老(新)"))));
    return m;
  }

  private static <T> List<T> plus(List<T> list, T value) {
    List<T> out = new ArrayList<>(list);
    out.add(value);
    return out;
  }

  private static <E extends Enum<E>> E next(E e) {
    E[] all = e.getDeclaringClass().getEnumConstants();
    return all[(e.ordinal() + 1) % all.length];
  }

  @TestFactory
  Stream<DynamicTest> everyElementOfAnItemIsSaidInWords() {
    ServiceItem item = SAMPLE.item("620300-MZ-002").orElseThrow();
    Map<String, Function<ServiceItem, Object>> mutations = mutations();
    RecordComponent[] components = ServiceItem.class.getRecordComponents();
    return Arrays.stream(components).map(c -> DynamicTest.dynamicTest(c.getName(), () -> {
      assertThat(mutations).as("a different value for the item element " + c.getName()).containsKey(c.getName());
      Object[] args = new Object[components.length];
      for (int k = 0; k < components.length; k++) {
        args[k] = components[k] == c ? mutations.get(c.getName()).apply(item) : components[k].getAccessor().invoke(item);
      }
      Class<?>[] types = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
      ServiceItem changed = ServiceItem.class.getDeclaredConstructor(types).newInstance(args);
      List<ServiceItem> items = new ArrayList<>(SAMPLE.items());
      items.set(items.indexOf(item), changed);
      Catalogue after = new Catalogue(SAMPLE.info(), SAMPLE.facts(), SAMPLE.parameters(), SAMPLE.regions(), SAMPLE.calendar(), items);
      for (Language language : Language.values()) {
        List<Change> changes = CatalogueDiff.between(SAMPLE, after, language);
        assertThat(changes).as("changes of " + c.getName()).isNotEmpty().allMatch(ch -> ch.subject() == Subject.ITEM);
        boolean local = Set.of("version", "validity", "aliases", "local").contains(c.getName());
        assertThat(changes.stream().anyMatch(Change::standard)).as("standard: " + changes).isEqualTo(!local);
        List<String> text = CatalogueDiff.text(changes, language);
        assertReadable(text);
        assertThat(String.join("\n", text)).doesNotContain(item.getClass().getPackageName()).doesNotContain("@");
      }
    }));
  }

  @Test
  void theSameCatalogueHasNoChanges() {
    Catalogue again = SampleCatalogue.load(CatalogueLoader.withDefaults()).orElseThrow();
    List<Change> changes = CatalogueDiff.between(sample(), again, Language.ZH);
    assertThat(changes).isEmpty();
    assertThat(CatalogueDiff.text(changes, Language.ZH)).containsExactly("两个目录内容相同,没有变化。");
    assertThat(CatalogueDiff.text(changes, Language.EN)).containsExactly("No changes: the two catalogues say the same.");
  }

  @Test
  void aRegionMovedToAnotherParentIsSaidWithBothParents() throws IOException {
    String village = "            - {code: \"620302001010\", name: 滨河路第10社区, level: village, servicePoint: 滨河路第10社区便民服务站}\n";
    Path dir = Files.createTempDirectory(temp, "moved");
    SampleCatalogue.copyTo(dir);
    Path file = dir.resolve("regions.yaml");
    String text = Files.readString(file).replace(village, "");
    int township = text.indexOf("code: \"620302002\"");
    int children = text.indexOf("children:\n", township) + "children:\n".length();
    Files.writeString(file, text.substring(0, children) + village + text.substring(children));
    Catalogue after = CatalogueLoader.withDefaults().load(dir).orElseThrow();

    List<String> zh = CatalogueDiff.text(CatalogueDiff.between(sample(), after, Language.ZH), Language.ZH);
    assertThat(zh).contains("  620302001010 滨河路第10社区").anyMatch(l -> l.startsWith("    上级区划:滨河路街道 620302001 → ") && l.endsWith(" 620302002"));
  }

  @Test
  void anItemAddedOrRemovedIsAStandardChangeSaidWithItsVersion() throws IOException {
    Path dir = Files.createTempDirectory(temp, "removed");
    SampleCatalogue.copyTo(dir);
    Files.delete(dir.resolve("items/620300-MZ-002.yaml"));
    Files.walk(dir.resolve("tests")).filter(Files::isRegularFile).forEach(f -> {
      try {
        if (Files.readString(f).contains("620300-MZ-002")) {
          Files.delete(f);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
    Catalogue after = CatalogueLoader.withDefaults().load(dir).orElseThrow();
    List<Change> removed = CatalogueDiff.between(sample(), after, Language.ZH);
    assertThat(removed).singleElement().satisfies(c -> {
      assertThat(c.subject()).isEqualTo(Subject.ITEM);
      assertThat(c.kind()).isEqualTo(CatalogueDiff.Kind.REMOVED);
      assertThat(c.standard()).isTrue();
    });
    assertThat(CatalogueDiff.text(removed, Language.ZH)).contains("    事项 删除:高龄津贴申领(版本 2026.1,自 2025-01-01 起)");
    assertThat(CatalogueDiff.text(CatalogueDiff.between(after, sample(), Language.EN), Language.EN))
        .contains("    item added: 高龄津贴申领 (version 2026.1, in force from 2025-01-01)");
  }

  @Test
  void aNewVersionIsSaidAgainstTheVersionItReplaces() throws IOException {
    Path dir = Files.createTempDirectory(temp, "versions");
    SampleCatalogue.copyTo(dir);
    Path item = dir.resolve("items/620300-MZ-002.yaml");
    String text = Files.readString(item);
    Files.writeString(item, text.replace("  from: 2025-01-01\n", "  from: 2025-01-01\n  to: 2026-06-30\n"));
    Files.writeString(dir.resolve("items/620300-MZ-002-2026.2.yaml"),
        text.replace("version: \"2026.1\"", "version: \"2026.2\"").replace("  from: 2025-01-01\n", "  from: 2026-07-01\n").replace("promised: 5", "promised: 3"));
    Catalogue after = CatalogueLoader.withDefaults().load(dir).orElseThrow();

    List<Change> changes = CatalogueDiff.between(sample(), after, Language.ZH);
    assertThat(CatalogueDiff.text(changes, Language.ZH)).contains(
        "    版本 2026.1 · 施行期间:自 2025-01-01 起 → 2025-01-01 至 2026-06-30(不涉及标准要素)",
        "    版本 新增:高龄津贴申领(版本 2026.2,自 2026-07-01 起)(不涉及标准要素)",
        "    版本 2026.2(对比版本 2026.1) · 承诺时限:5 个工作日 → 3 个工作日");
    assertThat(CatalogueDiff.changesStandard(changes)).as("the new version promises less time: a standard change").isTrue();
  }

  @Test
  void jsonListsEachChangeWithItsSubjectSidesAndStandard() throws IOException {
    Catalogue after = edited(CASES.get(CASES.size() - 1));
    JsonNode json = CatalogueDiff.json(CatalogueDiff.between(sample(), after, Language.EN));
    assertThat(json).hasSize(1);
    JsonNode c = json.get(0);
    assertThat(c.get("subject").asText()).isEqualTo("item");
    assertThat(c.get("key").asText()).isEqualTo("620300-YB-001");
    assertThat(c.get("element").asText()).isEqualTo("local information 620302 (金川区) · telephone");
    assertThat(c.get("change").asText()).isEqualTo("changed");
    assertThat(c.get("before").asText()).isEqualTo("0935-0000001");
    assertThat(c.get("after").asText()).isEqualTo("0935-7654321");
    assertThat(c.get("standard").asBoolean()).isFalse();

    JsonNode added = CatalogueDiff.json(List.of(new Change(Subject.CALENDAR, "", "", "x", Optional.empty(), Optional.of("y"), true))).get(0);
    assertThat(added.get("before").isNull()).isTrue();
    assertThat(added.get("change").asText()).isEqualTo("added");
  }

  @Test
  void catalogueTextInAChangeIsOneSafeLine() {
    Change c = new Change(Subject.ITEM, "X", "名称\n::error file=x,line=1::forged", "e", Optional.of("a\u001b[31m"), Optional.of("b\u202e"), true);
    assertThat(c.name()).doesNotContain("\n").contains("名称 ::error");
    assertThat(c.before()).contains("a");
    assertThat(c.after()).contains("b");
  }

  @Test
  void aChangeWithTwoSidesThatSayTheSameIsNoChange() {
    assertThatThrownBy(() -> new Change(Subject.FACT, "age", "年龄", "label", Optional.of("年龄"), Optional.of("年龄"), true))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("年龄");
    assertThatThrownBy(() -> new Change(Subject.FACT, "age", "年龄", "label", Optional.empty(), Optional.empty(), true))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
