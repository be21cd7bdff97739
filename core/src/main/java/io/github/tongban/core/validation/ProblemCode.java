package io.github.tongban.core.validation;

import java.util.Arrays;
import java.util.Optional;

/**
 * The stable code of every kind of problem the loader reports. The {@link #code()} string is
 * part of the public contract: tools and CI configurations may match on it.
 */
public enum ProblemCode {
  // Reading files and the catalogue folder
  CATALOGUE_NOT_A_FOLDER("catalogue.not-a-folder"),
  CATALOGUE_MISSING_FILE("catalogue.missing-file"),
  CATALOGUE_UNREADABLE_FILE("catalogue.unreadable-file"),
  CATALOGUE_UNKNOWN_FILE("catalogue.unknown-file", Severity.WARNING),
  /** The problems beyond the cap: an error when one of them is, else a warning. */
  CATALOGUE_MORE_PROBLEMS("catalogue.more-problems"),
  CATALOGUE_LINK_NOT_FOLLOWED("catalogue.link-not-followed"),
  CATALOGUE_TOO_MANY_FILES("catalogue.too-many-files"),
  CATALOGUE_DUPLICATE_FILE("catalogue.duplicate-file"),
  CATALOGUE_NO_ITEMS("catalogue.no-items"),

  // Strict YAML
  YAML_FILE_TOO_LARGE("yaml.file-too-large"),
  YAML_ENCODING("yaml.encoding"),
  YAML_SYNTAX("yaml.syntax"),
  YAML_FULLWIDTH_COLON("yaml.fullwidth-colon"),
  YAML_INVISIBLE_CHARACTER("yaml.invisible-character"),
  YAML_DUPLICATE_KEY("yaml.duplicate-key"),
  YAML_ALIAS("yaml.alias"),
  YAML_TAG("yaml.tag"),
  YAML_TOO_DEEP("yaml.too-deep"),
  YAML_TOO_MANY_NODES("yaml.too-many-nodes"),
  YAML_STRING_TOO_LONG("yaml.string-too-long"),
  YAML_COMPLEX_KEY("yaml.complex-key"),
  YAML_EMPTY_DOCUMENT("yaml.empty-document"),
  YAML_MULTIPLE_DOCUMENTS("yaml.multiple-documents"),
  YAML_TOO_MANY_PROBLEMS("yaml.too-many-problems"),

  // JSON Schema
  SCHEMA_REQUIRED("schema.required"),
  SCHEMA_UNKNOWN_KEY("schema.unknown-key"),
  SCHEMA_TYPE("schema.type"),
  SCHEMA_ENUM("schema.enum"),
  SCHEMA_PATTERN("schema.pattern"),
  SCHEMA_RANGE("schema.range"),
  SCHEMA_SIZE("schema.size"),
  SCHEMA_SHAPE("schema.shape"),
  SCHEMA_OTHER("schema.other"),

  // Semantic checks
  DATE_INVALID("date.invalid"),
  DATE_RANGE_REVERSED("date.range-reversed"),
  ID_DUPLICATE("id.duplicate"),
  ITEM_DUPLICATE_CODE("item.duplicate-code"),
  ITEM_CODE_CASE("item.code-case"),
  ITEM_CODE_RESERVED_NAME("item.code-reserved-name"),
  ITEM_FILE_NAME("item.file-name", Severity.WARNING),
  SCENARIO_DUPLICATE_ID("scenario.duplicate-id"),
  SCENARIO_NEVER_APPLIES("scenario.never-applies", Severity.WARNING),
  SCENARIO_GAP("scenario.no-scenario-applies", Severity.WARNING),
  TESTS_UNKNOWN_ITEM("tests.unknown-item"),
  TESTS_TOO_FEW("tests.too-few", Severity.WARNING),
  CONDITION_UNKNOWN_FACT("condition.unknown-fact"),
  CONDITION_TYPE_MISMATCH("condition.type-mismatch"),
  CONDITION_OPERATOR("condition.operator"),
  CONDITION_NOT_ALLOWED_VALUE("condition.not-allowed-value"),
  CONDITION_UNKNOWN_PARAMETER("condition.unknown-parameter"),
  CONDITION_UNKNOWN_REGION("condition.unknown-region"),
  CONDITION_TOO_DEEP("condition.too-deep"),
  CONDITION_TOO_MANY_LEAVES("condition.too-many-leaves"),
  REFERENCE_UNKNOWN_BASIS("reference.unknown-basis"),
  REFERENCE_UNKNOWN_MATERIAL("reference.unknown-material"),
  MATERIAL_UNUSED("material.unused", Severity.WARNING),
  MATERIAL_ESSENTIAL_DEFERRABLE("material.essential-deferrable"),
  TIME_PROMISED_EXCEEDS_STATUTORY("time.promised-exceeds-statutory"),
  TIME_INSTANT_NOT_ZERO("time.instant-not-zero"),
  TIME_ZERO_NOT_INSTANT("time.zero-not-instant"),
  FACT_ENUM_WITHOUT_VALUES("fact.enum-without-values"),
  FACT_BOUNDS_REVERSED("fact.bounds-reversed"),
  PARAMETER_VALUE_TYPE("parameter.value-type"),
  PARAMETER_OVERLAP("parameter.overlap"),
  PARAMETER_NOT_COVERED("parameter.not-covered"),
  LOCAL_STANDARD_ELEMENT("local.standard-element"),
  LOCAL_UNKNOWN_REGION("local.unknown-region"),
  REGION_LEVEL_ORDER("region.level-order"),
  CALENDAR_HOLIDAY_AND_WORKDAY("calendar.holiday-and-workday"),
  CALENDAR_WRONG_YEAR("calendar.wrong-year"),
  CALENDAR_DUPLICATE_YEAR("calendar.duplicate-year"),

  // Quality rules of the item elements (issue 14)
  CODES_FORMAT("codes.format"),
  SCENARIO_DUPLICATE_CODE("scenario.duplicate-code"),
  RESULT_SAMPLE_MISSING("result.sample-missing"),
  CHANNELS_PAYMENT_ON_FREE_ITEM("channels.payment-on-free-item"),
  CHANNELS_ON_SITE_REASON_MISSING("channels.on-site-reason-missing"),
  LOCAL_PHONE_FORMAT("local.phone-format"),
  LOCAL_COMPLAINT_PHONE_SAME("local.complaint-phone-same"),
  AUTHORITY_ENTRUSTED_BY_MISSING("authority.entrusted-by-missing"),
  ITEM_JOINT_AGENCIES_MISSING("item.joint-agencies-missing"),
  ITEM_JOINT_MODE_AGENCIES_MISSING("item.joint-mode-agencies-missing", Severity.WARNING),
  ITEM_PROJECT_TYPE_MISMATCH("item.project-type-mismatch"),
  BASIS_ARTICLE_NOT_CITED("basis.article-not-cited", Severity.WARNING),
  MATERIAL_ISSUER_MISSING("material.issuer-missing", Severity.WARNING),

  // Only when the loader requires complete items (validate --require-complete)
  ITEM_INCOMPLETE("item.incomplete");

  private final String code;
  private final Severity severity;

  ProblemCode(String code) {
    this(code, Severity.ERROR);
  }

  ProblemCode(String code, Severity severity) {
    this.code = code;
    this.severity = severity;
  }

  /** The stable, dotted code, e.g. {@code condition.unknown-fact}. */
  public String code() {
    return code;
  }

  /** How serious a problem of this kind is. */
  public Severity severity() {
    return severity;
  }

  /** The constant whose {@link #code()} is the given string. */
  public static Optional<ProblemCode> ofCode(String code) {
    return Arrays.stream(values()).filter(c -> c.code.equals(code)).findFirst();
  }
}
