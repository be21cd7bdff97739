package io.github.tongban.core.internal.bind;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.tongban.core.internal.Problems;
import io.github.tongban.core.internal.yaml.YamlDocument;
import io.github.tongban.core.validation.ProblemCode;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The quality rules of an item's elements that need nothing but the item's own file: the forms
 * of its national codes and telephones, and the elements that must go together (a result's name
 * and sample, a fee and online payment, trips and the reason for them, an entrusted body and who
 * entrusts it, the project type and the time limit). Each rule that involves only elements of
 * issue 14 is an error; the rules over older elements are warnings, so that a catalogue that
 * loaded before still loads.
 */
final class ItemChecks {
  /** GB 32100: the 31 characters of a unified social credit code, in the order of their values. */
  private static final String CREDIT_CODE_CHARACTERS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
  private static final int[] CREDIT_CODE_WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
  private static final Pattern CATALOG_CODE = Pattern.compile("[0-9]{12}");
  private static final String CREDIT_CODE = "[0-9A-HJ-NPQRTUWXY]{18}";
  private static final Pattern TASK_CODE = Pattern.compile(CREDIT_CODE + "[0-9A-Z]{1,18}");
  private static final Pattern HANDLE_ITEM_CODE = Pattern.compile(CREDIT_CODE + "[0-9A-Z]{2,32}");
  /** A landline with its area code (0 and 2 or 3 digits), or the 12345 hotline, with or without an area code. */
  private static final Pattern PHONE = Pattern.compile("0[1-9][0-9]{1,2}[- ]?[1-9][0-9]{6,7}(-[0-9]{1,6})?|(0[1-9][0-9]{1,2}-?)?12345");
  /** A numbered provision: an article, paragraph, item, chapter, section, part or point. */
  private static final Pattern PROVISION =
      Pattern.compile("第[0-9０-９一二三四五六七八九十百千零〇两]+(条|款|项|目|章|节|编|部分|点)");
  private static final Pattern VAGUE = Pattern.compile("(有关|相关)(规定|条款|法律|法规|政策|文件)|等规定");
  /** A list or catalogue is cited by the name of its entry rather than by an article. */
  private static final Pattern LIST_TITLE = Pattern.compile("清单|目录");

  private final YamlDocument doc;
  private final JsonNode item;
  private final Problems problems;
  private final Set<String> bases;

  private ItemChecks(YamlDocument doc, Problems problems, Set<String> bases) {
    this.doc = doc;
    this.item = doc.root();
    this.problems = problems;
    this.bases = bases;
  }

  /**
   * Checks the item in {@code doc}, a document its schema accepts, whose legal bases have the ids
   * {@code bases}; every problem found goes to {@code problems}.
   */
  static void check(YamlDocument doc, Problems problems, Set<String> bases) {
    ItemChecks c = new ItemChecks(doc, problems, bases);
    c.codes();
    c.scenarioCodes();
    c.articles();
    c.materials();
    c.specialProcedures();
    c.authority();
    c.projectType();
    c.result();
    c.channels();
    c.local();
  }

  private void codes() {
    JsonNode codes = item.path("codes");
    text(codes, "catalog").filter(v -> !CATALOG_CODE.matcher(v).matches())
        .ifPresent(v -> problems.add(ProblemCode.CODES_FORMAT, doc.locate("/codes/catalog"), "catalog", v));
    Optional<String> task = text(codes, "task");
    boolean taskWellFormed = task.map(v -> TASK_CODE.matcher(v).matches() && creditCodeChecks(v)).orElse(false);
    if (task.isPresent() && !taskWellFormed) {
      problems.add(ProblemCode.CODES_FORMAT, doc.locate("/codes/task"), "task", task.get());
    }
    text(codes, "handleItem").filter(v -> !HANDLE_ITEM_CODE.matcher(v).matches() || !creditCodeChecks(v)
            || taskWellFormed && !(v.startsWith(task.get()) && v.length() > task.get().length() && v.length() <= task.get().length() + 14))
        .ifPresent(v -> problems.add(ProblemCode.CODES_FORMAT, doc.locate("/codes/handleItem"), "handleItem", v));
  }

  /** Whether the unified social credit code that {@code code} starts with ends in its check character (GB 32100). */
  static boolean creditCodeChecks(String code) {
    int sum = 0;
    for (int i = 0; i < CREDIT_CODE_WEIGHTS.length; i++) {
      sum += CREDIT_CODE_CHARACTERS.indexOf(code.charAt(i)) * CREDIT_CODE_WEIGHTS[i];
    }
    int check = (31 - sum % 31) % 31;
    return code.charAt(17) == CREDIT_CODE_CHARACTERS.charAt(check);
  }

  private void scenarioCodes() {
    Set<String> seen = new HashSet<>();
    JsonNode scenarios = item.path("scenarios");
    for (int i = 0; i < scenarios.size(); i++) {
      int index = i;
      text(scenarios.get(i), "code").filter(code -> !seen.add(code))
          .ifPresent(code -> problems.add(ProblemCode.SCENARIO_DUPLICATE_CODE, doc.locate("/scenarios/" + index + "/code"), code));
    }
  }

  /** A legal basis cites a numbered provision, never "the relevant provisions"; a list may be cited by its entry's name. */
  private void articles() {
    JsonNode list = item.path("legalBasis");
    for (int i = 0; i < list.size(); i++) {
      String article = list.get(i).path("article").asText();
      boolean cited = !VAGUE.matcher(article).find()
          && (PROVISION.matcher(article).find() || LIST_TITLE.matcher(list.get(i).path("title").asText()).find());
      if (!cited) {
        problems.add(ProblemCode.BASIS_ARTICLE_NOT_CITED, doc.locate("/legalBasis/" + i + "/article"), list.get(i).path("id").asText(), article);
      }
    }
  }

  private void materials() {
    JsonNode list = item.path("materials");
    for (int i = 0; i < list.size(); i++) {
      JsonNode m = list.get(i);
      String pointer = "/materials/" + i;
      basis(m, "basis", pointer + "/basis");
      if (m.path("essential").asBoolean(false) && m.path("creditDeferrable").asBoolean(false)) {
        problems.add(ProblemCode.MATERIAL_ESSENTIAL_DEFERRABLE, doc.locate(pointer + "/creditDeferrable"), m.path("id").asText());
      }
      JsonNode source = m.path("source");
      if (source.path("kind").asText().equals("government-issued") && !source.has("issuer")) {
        problems.add(ProblemCode.MATERIAL_ISSUER_MISSING, doc.locate(pointer + "/source"), m.path("id").asText());
      }
    }
  }

  private void specialProcedures() {
    JsonNode list = item.path("specialProcedures");
    for (int i = 0; i < list.size(); i++) {
      basis(list.get(i), "basis", "/specialProcedures/" + i + "/basis");
      basis(list.get(i).path("fee"), "basis", "/specialProcedures/" + i + "/fee/basis");
    }
  }

  private void basis(JsonNode node, String field, String pointer) {
    text(node, field).filter(id -> !bases.contains(id))
        .ifPresent(id -> problems.add(ProblemCode.REFERENCE_UNKNOWN_BASIS, doc.locate(pointer), id, String.join(", ", bases)));
  }

  private void authority() {
    JsonNode authority = item.path("authority");
    if (authority.path("nature").asText().equals("entrusted-organisation") && !authority.has("entrustedBy")) {
      problems.add(ProblemCode.AUTHORITY_ENTRUSTED_BY_MISSING, doc.locate("/authority/nature"), authority.path("name").asText());
    }
  }

  /**
   * The project type agrees with the time limit, and a joint item names its joint agencies: an
   * error for a joint project type (a new element), a warning for a joint handling mode (catalogues
   * of the previous format have joint modes without agencies and must keep loading).
   */
  private void projectType() {
    boolean jointMode = false;
    for (JsonNode m : item.path("modes")) {
      jointMode |= m.asText().equals("joint");
    }
    if (jointMode && !item.has("jointAgencies") && !text(item, "projectType").filter("joint"::equals).isPresent()) {
      problems.add(ProblemCode.ITEM_JOINT_MODE_AGENCIES_MISSING, doc.locate("/modes"));
    }
    Optional<String> type = text(item, "projectType");
    if (type.isEmpty()) {
      return;
    }
    boolean instant = item.path("timeLimit").path("instant").asBoolean(false);
    if (type.get().equals("instant") != instant) {
      problems.add(ProblemCode.ITEM_PROJECT_TYPE_MISMATCH, doc.locate("/projectType"), type.get(), instant ? 1 : 0);
    }
    if (type.get().equals("joint") && !item.has("jointAgencies")) {
      problems.add(ProblemCode.ITEM_JOINT_AGENCIES_MISSING, doc.locate("/projectType"));
    }
  }

  private void result() {
    JsonNode result = item.path("result");
    text(result, "name").filter(name -> !result.has("sample"))
        .ifPresent(name -> problems.add(ProblemCode.RESULT_SAMPLE_MISSING, doc.locate("/result/name"), name));
  }

  private void channels() {
    JsonNode channels = item.path("channels");
    if (channels.isMissingNode()) {
      return;
    }
    JsonNode amount = item.path("fee").path("amount");
    if (channels.path("onlinePayment").asBoolean(false) && amount.isNumber() && amount.decimalValue().signum() == 0) {
      problems.add(ProblemCode.CHANNELS_PAYMENT_ON_FREE_ITEM, doc.locate("/channels/onlinePayment"));
    }
    int trips = item.path("trips").isIntegralNumber() ? item.path("trips").intValue() : 0;
    if (trips > 0 && !channels.has("onSiteReason")) {
      problems.add(ProblemCode.CHANNELS_ON_SITE_REASON_MISSING, doc.locate("/channels"), trips);
    }
  }

  private void local() {
    Iterator<Map.Entry<String, JsonNode>> regions = item.path("local").fields();
    while (regions.hasNext()) {
      Map.Entry<String, JsonNode> region = regions.next();
      String pointer = YamlDocument.child("/local", region.getKey());
      JsonNode l = region.getValue();
      phone(l.path("consult"), pointer + "/consult");
      phone(l.path("complaint"), pointer + "/complaint");
      phone(l.path("remedies").path("review"), pointer + "/remedies/review");
      phone(l.path("remedies").path("litigation"), pointer + "/remedies/litigation");
      Optional<String> consult = text(l.path("consult"), "phone").or(() -> text(l, "phone"));
      Optional<String> complaint = text(l.path("complaint"), "phone");
      if (consult.isPresent() && complaint.isPresent() && digits(consult.get()).equals(digits(complaint.get()))) {
        problems.add(ProblemCode.LOCAL_COMPLAINT_PHONE_SAME, doc.locate(pointer + "/complaint/phone"), complaint.get());
      }
    }
  }

  private void phone(JsonNode owner, String pointer) {
    text(owner, "phone").filter(p -> !PHONE.matcher(p).matches())
        .ifPresent(p -> problems.add(ProblemCode.LOCAL_PHONE_FORMAT, doc.locate(pointer + "/phone"), p));
  }

  private static String digits(String phone) {
    return phone.replaceAll("[^0-9]", "");
  }

  private static Optional<String> text(JsonNode node, String field) {
    JsonNode v = node.path(field);
    return v.isTextual() ? Optional.of(v.asText()) : Optional.empty();
  }
}
