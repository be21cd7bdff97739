package io.github.tongban.core.load;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tongban.core.Fixtures;
import io.github.tongban.core.condition.Condition;
import io.github.tongban.core.condition.Operand;
import io.github.tongban.core.condition.Value;
import io.github.tongban.core.model.AuthorityNature;
import io.github.tongban.core.model.BasisKind;
import io.github.tongban.core.model.Channels;
import io.github.tongban.core.model.Complaint;
import io.github.tongban.core.model.Consult;
import io.github.tongban.core.model.DayUnit;
import io.github.tongban.core.model.Faq;
import io.github.tongban.core.model.FeeRelief;
import io.github.tongban.core.model.HandlingMode;
import io.github.tongban.core.model.ItemCodes;
import io.github.tongban.core.model.ItemResult;
import io.github.tongban.core.model.ItemStatus;
import io.github.tongban.core.model.LocalInfo;
import io.github.tongban.core.model.Material;
import io.github.tongban.core.model.MaterialSource;
import io.github.tongban.core.model.OnlineDepth;
import io.github.tongban.core.model.Paper;
import io.github.tongban.core.model.PaperSize;
import io.github.tongban.core.model.PowerSource;
import io.github.tongban.core.model.ProcedureFee;
import io.github.tongban.core.model.ProjectType;
import io.github.tongban.core.model.RegionLevel;
import io.github.tongban.core.model.Remedies;
import io.github.tongban.core.model.ResultType;
import io.github.tongban.core.model.RightsAndDuties;
import io.github.tongban.core.model.ServiceItem;
import io.github.tongban.core.model.ServiceObject;
import io.github.tongban.core.model.SourceKind;
import io.github.tongban.core.model.SpecialProcedure;
import io.github.tongban.core.model.SpecialProcedureKind;
import io.github.tongban.core.model.Topics;
import io.github.tongban.core.validation.Problem;
import io.github.tongban.core.validation.ProblemCode;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The elements of the implementation list (issue 14): an item that uses every one of them binds
 * into the model element by element, an item that uses none binds to their defaults, and the
 * quality rules accept the forms they should and refuse the ones they should.
 */
class ItemElementsTests {
  @TempDir
  Path temp;

  /** The base catalogue with the fixture item T-002, which uses every new element, and the fact it needs. */
  private Path catalogueWithEveryElement() throws IOException {
    Path dir = Files.createTempDirectory(temp, "elements-");
    Fixtures.copyBase(dir);
    Fixtures.copyTree(Fixtures.root().resolve("elements"), dir);
    return dir;
  }

  @Test
  void anItemUsingEveryNewElementBindsIntoTheModel() throws IOException {
    LoadResult result = CatalogueLoader.withDefaults().load(catalogueWithEveryElement());
    assertThat(result.problems()).isEmpty();
    ServiceItem item = result.orElseThrow().item("T-002").orElseThrow();

    assertThat(item.codes()).contains(new ItemCodes("000105001000", Optional.of("1162030201391036404000105001000"),
        Optional.of("116203020139103640400010500100001")));
    assertThat(item.serviceObjects()).containsExactly(ServiceObject.NATURAL_PERSON, ServiceObject.ENTERPRISE_LEGAL_PERSON);
    assertThat(item.status()).isEqualTo(ItemStatus.SUSPENDED);
    assertThat(item.plannedCancellation()).contains(LocalDate.of(2027, 12, 31));
    assertThat(item.powerSource()).contains(PowerSource.DELEGATED);
    assertThat(item.jointAgencies()).containsExactly("县(区)卫生健康局", "县(区)公安局");
    assertThat(item.acceptLevel()).contains(RegionLevel.TOWNSHIP);
    assertThat(item.approveLevel()).contains(RegionLevel.COUNTY);
    assertThat(item.preReview()).contains(RegionLevel.TOWNSHIP);
    assertThat(item.quantityLimit()).contains("无");
    assertThat(item.projectType()).contains(ProjectType.JOINT);
    assertThat(item.modes()).containsExactly(HandlingMode.PROXY, HandlingMode.JOINT);

    assertThat(item.legalBasis("lb1").orElseThrow().kind()).contains(BasisKind.SETTING);
    assertThat(item.legalBasis("lb2").orElseThrow().kind()).contains(BasisKind.IMPLEMENTING);
    assertThat(item.authority().nature()).contains(AuthorityNature.ENTRUSTED_ORGANISATION);
    assertThat(item.authority().entrustedBy()).contains("县(区)民政局");
    assertThat(item.scenario("first").orElseThrow().code()).contains("01");
    assertThat(item.scenario("change").orElseThrow().code()).contains("02");

    Material idCard = item.material("idCard").orElseThrow();
    assertThat(idCard.source()).isEqualTo(new MaterialSource(SourceKind.E_LICENCE, Optional.of("身份证电子证照"), Optional.of("县级公安机关")));
    assertThat(idCard.basis()).isEmpty();
    assertThat(idCard.creditDeferrable()).isFalse();
    Material hukou = item.material("hukou").orElseThrow();
    assertThat(hukou.source()).isEqualTo(new MaterialSource(SourceKind.GOVERNMENT_ISSUED, Optional.empty(), Optional.of("县级公安机关")));
    assertThat(hukou.source().exempts()).as("the applicant brings a government-issued material").isFalse();
    assertThat(hukou.basis()).contains("lb2");
    assertThat(hukou.acceptStandard()).contains("与原件一致");
    assertThat(hukou.paper()).contains(new Paper(PaperSize.A4));
    assertThat(hukou.creditDeferrable()).isTrue();

    assertThat(item.fee().amount()).isEqualByComparingTo(BigDecimal.TEN);
    assertThat(item.fee().relief()).contains(new FeeRelief(true, Optional.of("低保对象免收")));
    assertThat(item.onlineDepth()).contains(OnlineDepth.PRE_REVIEW);
    assertThat(item.specialProcedures()).containsExactly(
        new SpecialProcedure(SpecialProcedureKind.PUBLIC_NOTICE, Optional.empty(), 7, DayUnit.DAYS, Optional.of("lb1"),
            Optional.of(new ProcedureFee(false, Optional.empty())), false),
        new SpecialProcedure(SpecialProcedureKind.OTHER, Optional.of("入户调查"), 5, DayUnit.WORKING_DAYS, Optional.empty(),
            Optional.of(new ProcedureFee(true, Optional.of("lb2"))), true));
    assertThat(item.result()).contains(new ItemResult(ResultType.LICENCE, Optional.of("测试证"), Optional.of("https://example.org/sample.pdf"), true));
    assertThat(item.channels()).contains(new Channels(
        Optional.of(new Channels.Appointment(true, Optional.of(50), Optional.of("提前一个工作日预约"))), true,
        Optional.of(new Channels.Express(true, false)), true, Optional.of("需本人现场签字"),
        Optional.of(new Channels.OnlineUrl(Optional.of("https://example.org/apply"), Optional.of("https://example.org/m/apply")))));
    Condition.Compare excluded = (Condition.Compare) item.deferralExcludedWhen().orElseThrow();
    assertThat(excluded.fact()).isEqualTo("seriousDishonesty");
    assertThat(excluded.operand()).isEqualTo(new Operand.Literal(new Value.Bool(true)));
    assertThat(excluded.text()).contains("严重失信主体不适用容缺受理");
    assertThat(item.conditionTrees()).as("the deferral exclusion decides no eligibility").doesNotContain(excluded);
    assertThat(item.rightsAndDuties()).contains(new RightsAndDuties(List.of("依法获得测试证"), List.of("如实提供材料")));
    assertThat(item.faq()).containsExactly(new Faq("可以由家属代为申请吗?", "可以,需提供代办人身份证。"));
    assertThat(item.topics()).contains(new Topics(List.of("社会救助"), List.of("设立变更"), List.of("生活困难")));

    LocalInfo local = item.local().get("620302");
    assertThat(local.phone()).contains("0935-8212345");
    assertThat(local.consult()).contains(new Consult(Optional.of("综合受理3号窗口"), Optional.of("0935-8212346"),
        Optional.of("https://example.org/ask"), Optional.of("甲区新华路1号")));
    assertThat(local.complaint()).contains(new Complaint(Optional.of("12345"), Optional.of("https://example.org/complain"), Optional.of("甲区纪委监委")));
    assertThat(local.remedies()).contains(new Remedies(
        Optional.of(new Remedies.Remedy("甲区人民政府", Optional.of("甲区新华路2号"), Optional.of("0935-8210000"))),
        Optional.of(new Remedies.Remedy("甲区人民法院", Optional.empty(), Optional.empty()))));
  }

  @Test
  void anItemWithoutTheNewElementsBindsToTheirDefaults() {
    ServiceItem item = CatalogueLoader.withDefaults().load(Fixtures.base()).orElseThrow().item("T-001").orElseThrow();
    assertThat(item.status()).as("absent means in use").isEqualTo(ItemStatus.IN_USE);
    assertThat(Stream.of(item.codes(), item.plannedCancellation(), item.powerSource(), item.acceptLevel(), item.approveLevel(),
        item.preReview(), item.quantityLimit(), item.projectType(), item.result(), item.channels(), item.onlineDepth(),
        item.deferralExcludedWhen(), item.rightsAndDuties(), item.topics())).allMatch(Optional::isEmpty);
    assertThat(Stream.of(item.serviceObjects(), item.jointAgencies(), item.specialProcedures(), item.faq())).allMatch(List::isEmpty);
    assertThat(item.legalBases()).allMatch(b -> b.kind().isEmpty());
    assertThat(item.authority().nature()).isEmpty();
    assertThat(item.fee().relief()).isEmpty();
    assertThat(item.scenarios()).allMatch(s -> s.code().isEmpty());
    assertThat(item.materials()).allMatch(m -> m.basis().isEmpty() && m.acceptStandard().isEmpty() && m.paper().isEmpty()
        && !m.creditDeferrable() && m.source().issuer().isEmpty());
    assertThat(item.local().values()).allMatch(l -> l.consult().isEmpty() && l.complaint().isEmpty() && l.remedies().isEmpty());
  }

  // ---- the rules that reuse an existing code, each with the element it now also guards

  /** One edit of the fixture item T-002 and the one problem it must cause, on the edited line. */
  record Edit(String name, String from, String to, ProblemCode code) {}

  /** An edit of T-002 that must cause one problem of {@code code}, reported on the line of the fixture text {@code at}. */
  record Located(String name, String from, String to, ProblemCode code, String at) {}

  @TestFactory
  Stream<DynamicTest> theNewElementsAreCheckedLikeTheOldOnes() {
    return Stream.of(
        new Located("a material's basis", "    basis: lb2\n", "    basis: lb9\n", ProblemCode.REFERENCE_UNKNOWN_BASIS, "    basis: lb2\n"),
        new Located("a special procedure's basis", "    basis: lb1\n    fee", "    basis: lb9\n    fee", ProblemCode.REFERENCE_UNKNOWN_BASIS,
            "    basis: lb1\n    fee"),
        new Located("a special procedure's fee basis", "{charged: true, basis: lb2}", "{charged: true, basis: lb9}",
            ProblemCode.REFERENCE_UNKNOWN_BASIS, "{charged: true, basis: lb2}"),
        new Located("an essential material deferrable on credit", "    essential: true\n", "    essential: true\n    creditDeferrable: true\n",
            ProblemCode.MATERIAL_ESSENTIAL_DEFERRABLE, "  - id: hukou"),
        new Located("a planned cancellation that does not exist", "plannedCancellation: 2027-12-31", "plannedCancellation: 2027-02-30",
            ProblemCode.DATE_INVALID, "plannedCancellation"),
        new Located("a deferral exclusion over an unknown fact", "  fact: seriousDishonesty\n", "  fact: dishonesty\n",
            ProblemCode.CONDITION_UNKNOWN_FACT, "  fact: seriousDishonesty\n"),
        new Located("a deferral exclusion comparing with a wrong type", "  value: true\n  text: 严重失信主体", "  value: 3\n  text: 严重失信主体",
            ProblemCode.CONDITION_TYPE_MISMATCH, "  value: true\n  text: 严重失信主体"),
        new Located("an online address over http", "pc: \"https://example.org/apply\"", "pc: \"http://example.org/apply\"",
            ProblemCode.SCHEMA_PATTERN, "onlineUrl:"),
        new Located("a special procedure of another kind without a name", "    name: 入户调查\n", "", ProblemCode.SCHEMA_REQUIRED, "  - kind: other\n"),
        new Located("a special procedure of no day", "    maxDays: 7\n", "    maxDays: 0\n", ProblemCode.SCHEMA_RANGE, "    maxDays: 7\n"),
        new Located("a consultation channel set as a standard element", "quantityLimit: 无\n", "quantityLimit: 无\nconsult: {phone: 0935-8212346}\n",
            ProblemCode.SCHEMA_UNKNOWN_KEY, "projectType: joint"))
        .map(e -> DynamicTest.dynamicTest(e.name(), () -> {
          List<Problem> problems = problemsAfter(e.from(), e.to());
          assertThat(problems).as("problems").singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo(e.code());
            assertThat(p.location().file()).isEqualTo("items/T-002.yaml");
            assertThat(p.location().line()).isEqualTo(lineOf(e.at()));
          });
        }));
  }

  // ---- the forms the quality rules accept and refuse

  @TestFactory
  Stream<DynamicTest> codesAreCheckedInTheirNationalForms() {
    String task = "1162030201391036404000105001000";
    return Stream.of(
        new Edit("a basic code of 12 digits", "", "", null),
        new Edit("a basic code with a letter", "catalog: \"000105001000\"", "catalog: \"00010500100A\"", ProblemCode.CODES_FORMAT),
        new Edit("a task code whose credit code has a wrong check character", "task: \"" + task + "\"",
            "task: \"1162030201391036414000105001000\"", ProblemCode.CODES_FORMAT),
        new Edit("a task code with a letter the credit code never uses", "task: \"" + task + "\"",
            "task: \"11620302013910364O4000105001000\"", ProblemCode.CODES_FORMAT),
        new Edit("a handling-item code that does not extend the task code", "handleItem: \"116203020139103640400010500100001\"",
            "handleItem: \"116203020139103640500010500100001\"", ProblemCode.CODES_FORMAT),
        new Edit("a handling-item code without a task code", "  task: \"" + task + "\"\n", "", null))
        .map(e -> DynamicTest.dynamicTest(e.name(), () -> assertOnly(e)));
  }

  @TestFactory
  Stream<DynamicTest> telephonesCarryTheirAreaCode() {
    String consult = "phone: 0935-8212346, url";
    return Stream.of(
        new Edit("a landline with a 4-digit area code", "", "", null),
        new Edit("a Beijing landline", consult, "phone: 010-12345678, url", null),
        new Edit("a landline written without a hyphen", consult, "phone: \"09358212346\", url", null),
        new Edit("an extension", consult, "phone: 0935-8212346-201, url", null),
        new Edit("the hotline with the area code", consult, "phone: 0935-12345, url", null),
        new Edit("a number without its area code", consult, "phone: \"8212346\", url", ProblemCode.LOCAL_PHONE_FORMAT),
        new Edit("a mobile number", consult, "phone: \"13912345678\", url", ProblemCode.LOCAL_PHONE_FORMAT),
        new Edit("a remedy's telephone without its area code", "phone: 0935-8210000", "phone: \"8210000\"", ProblemCode.LOCAL_PHONE_FORMAT),
        new Edit("the complaint line is the consultation line", "complaint: {phone: \"12345\"", "complaint: {phone: \"0935 8212346\"",
            ProblemCode.LOCAL_COMPLAINT_PHONE_SAME))
        .map(e -> DynamicTest.dynamicTest(e.name(), () -> assertOnly(e)));
  }

  @Test
  void aComplaintLineIsComparedWithTheLocalPhoneWhenNoConsultationLineIsGiven() throws IOException {
    List<Problem> problems = problemsAfter("consult: {window: 综合受理3号窗口, phone: 0935-8212346, url", "consult: {window: 综合受理3号窗口, url",
        "complaint: {phone: \"12345\"", "complaint: {phone: 0935-8212345");
    assertThat(problems).extracting(Problem::code).containsExactly(ProblemCode.LOCAL_COMPLAINT_PHONE_SAME);
  }

  @TestFactory
  Stream<DynamicTest> aLegalBasisCitesANumberedProvision() {
    String article = "article: 第三条第(二)项";
    return Stream.of(
        new Edit("an article and an item", "", "", null),
        new Edit("a paragraph", article, "article: 第十二条第二款", null),
        new Edit("a part of a policy document", article, "article: 第二部分 保障对象", null),
        new Edit("several articles", article, "article: 第四条、第六条", null),
        new Edit("an entry of a list", "title: 《测试实施细则》\n    article: 第三条第(二)项", "title: 《全国测试事项清单》\n    article: 测试证核发",
            null),
        new Edit("the relevant provisions", article, "article: 相关规定", ProblemCode.BASIS_ARTICLE_NOT_CITED),
        new Edit("an article and the relevant provisions", article, "article: 第三条等有关规定", ProblemCode.BASIS_ARTICLE_NOT_CITED),
        new Edit("the title again", article, "article: 测试实施细则", ProblemCode.BASIS_ARTICLE_NOT_CITED))
        .map(e -> DynamicTest.dynamicTest(e.name(), () -> assertOnly(e)));
  }

  @Test
  void aProjectTypeOtherThanInstantNeedsAPromise() throws IOException {
    List<Problem> problems = problemsAfter("projectType: joint\n", "projectType: promised\n", "  promised: 10\n", "  promised: 0\n  instant: true\n");
    assertThat(problems).extracting(Problem::code).containsExactly(ProblemCode.ITEM_PROJECT_TYPE_MISMATCH);
    assertThat(problemsAfter("projectType: joint\n", "projectType: instant\n", "  promised: 10\n", "  promised: 0\n  instant: true\n"))
        .isEmpty();
  }

  /** The edit causes exactly its problem on the edited line, or none when it names no code. */
  private void assertOnly(Edit e) throws IOException {
    List<Problem> problems = problemsAfter(e.from(), e.to());
    if (e.code() == null) {
      assertThat(problems).isEmpty();
      return;
    }
    assertThat(problems).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo(e.code());
      assertThat(p.location().file()).isEqualTo("items/T-002.yaml");
      assertThat(p.location().line()).isEqualTo(lineOf(e.from()));
    });
  }

  /** The problems of the catalogue with every element after replacing each {@code from} with its {@code to} in T-002. */
  private List<Problem> problemsAfter(String... fromTo) throws IOException {
    Path dir = catalogueWithEveryElement();
    Path file = dir.resolve("items/T-002.yaml");
    String text = Files.readString(file, StandardCharsets.UTF_8);
    for (int i = 0; i < fromTo.length; i += 2) {
      assertThat(text).as("the fixture still holds the text this case edits").contains(fromTo[i]);
      text = text.replace(fromTo[i], fromTo[i + 1]);
    }
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return CatalogueLoader.withDefaults().load(dir).problems();
  }

  /** The line of the fixture item on which {@code text} starts. */
  private static int lineOf(String text) throws IOException {
    String item = Files.readString(Fixtures.root().resolve("elements/items/T-002.yaml"), StandardCharsets.UTF_8);
    return (int) item.substring(0, item.indexOf(text)).chars().filter(c -> c == '\n').count() + 1;
  }
}
