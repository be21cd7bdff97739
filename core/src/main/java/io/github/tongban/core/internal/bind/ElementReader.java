package io.github.tongban.core.internal.bind;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.tongban.core.condition.Condition;
import io.github.tongban.core.model.AuthorityNature;
import io.github.tongban.core.model.BasisKind;
import io.github.tongban.core.model.Channels;
import io.github.tongban.core.model.Complaint;
import io.github.tongban.core.model.Consult;
import io.github.tongban.core.model.DayUnit;
import io.github.tongban.core.model.Faq;
import io.github.tongban.core.model.FeeRelief;
import io.github.tongban.core.model.ItemCodes;
import io.github.tongban.core.model.ItemResult;
import io.github.tongban.core.model.ItemStatus;
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
import io.github.tongban.core.model.ServiceObject;
import io.github.tongban.core.model.SpecialProcedure;
import io.github.tongban.core.model.SpecialProcedureKind;
import io.github.tongban.core.model.Topics;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads the elements of the implementation list (issue 14) from an item that its schema and
 * {@link ItemChecks} accept, into the parts of the model. Every element is optional: an absent
 * block is empty, an absent list is empty, an absent flag is false, and an absent status is in use.
 */
final class ElementReader {
  private ElementReader() {}

  /**
   * The item-level elements of issue 14, read from the item {@code n}; the two that need the
   * loader's checks are passed in: the planned cancellation (a date that exists) and the deferral
   * exclusion (a condition over declared facts).
   */
  record ItemElements(
      Optional<ItemCodes> codes,
      List<ServiceObject> serviceObjects,
      ItemStatus status,
      Optional<LocalDate> plannedCancellation,
      Optional<PowerSource> powerSource,
      List<String> jointAgencies,
      Optional<RegionLevel> acceptLevel,
      Optional<RegionLevel> approveLevel,
      Optional<RegionLevel> preReview,
      Optional<String> quantityLimit,
      Optional<ProjectType> projectType,
      List<SpecialProcedure> specialProcedures,
      Optional<ItemResult> result,
      Optional<Channels> channels,
      Optional<OnlineDepth> onlineDepth,
      Optional<Condition> deferralExcludedWhen,
      Optional<RightsAndDuties> rightsAndDuties,
      List<Faq> faq,
      Optional<Topics> topics) {}

  static ItemElements item(JsonNode n, Optional<LocalDate> plannedCancellation, Optional<Condition> deferralExcludedWhen) {
    return new ItemElements(
        block(n, "codes", c -> new ItemCodes(Json.text(c, "catalog"), Json.optText(c, "task"), Json.optText(c, "handleItem"))),
        Json.enums(n, "serviceObjects", ServiceObject.class),
        optEnum(n, "status", ItemStatus.class).orElse(ItemStatus.IN_USE),
        plannedCancellation,
        optEnum(n, "powerSource", PowerSource.class),
        Json.texts(n, "jointAgencies"),
        optEnum(n, "acceptLevel", RegionLevel.class),
        optEnum(n, "approveLevel", RegionLevel.class),
        optEnum(n, "preReview", RegionLevel.class),
        Json.optText(n, "quantityLimit"),
        optEnum(n, "projectType", ProjectType.class),
        Json.list(n, "specialProcedures", ElementReader::procedure),
        block(n, "result", r -> new ItemResult(Json.enumValue(ResultType.class, Json.text(r, "type")), Json.optText(r, "name"),
            Json.optText(r, "sample"), Json.bool(r, "toLicenceLibrary"))),
        block(n, "channels", ElementReader::channels),
        optEnum(n, "onlineDepth", OnlineDepth.class),
        deferralExcludedWhen,
        block(n, "rightsAndDuties", r -> new RightsAndDuties(Json.texts(r, "rights"), Json.texts(r, "duties"))),
        Json.list(n, "faq", f -> new Faq(Json.text(f, "question"), Json.text(f, "answer"))),
        block(n, "topics", t -> new Topics(Json.texts(t, "naturalPerson"), Json.texts(t, "legalPerson"), Json.texts(t, "lifeEvents"))));
  }

  private static SpecialProcedure procedure(JsonNode p) {
    return new SpecialProcedure(Json.enumValue(SpecialProcedureKind.class, Json.text(p, "kind")), Json.optText(p, "name"),
        Json.integer(p, "maxDays", 1), Json.enumValue(DayUnit.class, Json.text(p, "unit")), Json.optText(p, "basis"),
        block(p, "fee", f -> new ProcedureFee(Json.bool(f, "charged"), Json.optText(f, "basis"))), Json.bool(p, "countsTowardStatutory"));
  }

  private static Channels channels(JsonNode c) {
    return new Channels(
        block(c, "appointment", a -> new Channels.Appointment(Json.bool(a, "supported"),
            a.has("dailyQuota") ? Optional.of(Json.integer(a, "dailyQuota", 1)) : Optional.empty(), Json.optText(a, "rules"))),
        Json.bool(c, "onlinePayment"),
        block(c, "express", e -> new Channels.Express(Json.bool(e, "materials"), Json.bool(e, "results"))),
        Json.bool(c, "selfServiceTerminal"),
        Json.optText(c, "onSiteReason"),
        block(c, "onlineUrl", u -> new Channels.OnlineUrl(Json.optText(u, "pc"), Json.optText(u, "mobile"))));
  }

  /** The kind of the legal basis {@code b} (设定, 实施 or 监管依据). */
  static Optional<BasisKind> basisKind(JsonNode b) {
    return optEnum(b, "kind", BasisKind.class);
  }

  /** The nature of the implementing authority {@code a}. */
  static Optional<AuthorityNature> authorityNature(JsonNode a) {
    return optEnum(a, "nature", AuthorityNature.class);
  }

  /** Whether the fee {@code f} may be reduced or waived. */
  static Optional<FeeRelief> feeRelief(JsonNode f) {
    return block(f, "relief", r -> new FeeRelief(Json.bool(r, "allowed"), Json.optText(r, "basis")));
  }

  /** The paper the material {@code m} is handed in on. */
  static Optional<Paper> paper(JsonNode m) {
    return block(m, "paper", p -> new Paper(Json.enumValue(PaperSize.class, Json.text(p, "size"))));
  }

  /** How to ask about the item in one region, from its local block {@code l}. */
  static Optional<Consult> consult(JsonNode l) {
    return block(l, "consult", c -> new Consult(Json.optText(c, "window"), Json.optText(c, "phone"), Json.optText(c, "url"),
        Json.optText(c, "letter")));
  }

  /** How to complain in one region, from its local block {@code l}. */
  static Optional<Complaint> complaint(JsonNode l) {
    return block(l, "complaint", c -> new Complaint(Json.optText(c, "phone"), Json.optText(c, "url"), Json.optText(c, "letter")));
  }

  /** Where to turn for review and litigation in one region, from its local block {@code l}. */
  static Optional<Remedies> remedies(JsonNode l) {
    return block(l, "remedies", r -> new Remedies(block(r, "review", ElementReader::remedy), block(r, "litigation", ElementReader::remedy)));
  }

  private static Remedies.Remedy remedy(JsonNode r) {
    return new Remedies.Remedy(Json.text(r, "department"), Json.optText(r, "address"), Json.optText(r, "phone"));
  }

  private static <T> Optional<T> block(JsonNode node, String field, Function<JsonNode, T> read) {
    JsonNode v = node.get(field);
    return v == null || v.isNull() ? Optional.empty() : Optional.of(read.apply(v));
  }

  private static <E extends Enum<E>> Optional<E> optEnum(JsonNode node, String field, Class<E> type) {
    return Json.optText(node, field).map(v -> Json.enumValue(type, v));
  }
}
