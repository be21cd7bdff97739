package io.github.tongban.core.report;

import io.github.tongban.core.LocalizedText;
import io.github.tongban.core.model.AuthorityNature;
import io.github.tongban.core.model.HandlingMode;
import io.github.tongban.core.model.LocalInfo;
import io.github.tongban.core.model.MaterialForm;
import io.github.tongban.core.model.OnlineLevel;
import io.github.tongban.core.model.ProjectType;
import io.github.tongban.core.model.ResultType;
import io.github.tongban.core.model.ServiceItem;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The standard elements of a service item's implementation list (实施清单要素) that an author fills:
 * the one list that element completeness (要素完整度) is measured against, in the report and in the
 * loader's {@code requireComplete} check. It maps the elements the national and provincial platforms
 * exchange (docs/authoring.md, 要素完整度) to the keys of an item file.
 *
 * <p>An element is <em>filled</em> when its key holds a value. Some are written once per part of the
 * item: a scenario's code, a legal basis's kind, a material's basis, acceptance standard and paper
 * size are filled when every scenario, basis or material has them; the contact elements of a region
 * (address, hours, consultation, complaint, review, litigation) when the item has local details
 * ({@code local}) and every region there has them. Some <em>apply</em> only to some items, and count
 * only there: the entrusting body to an entrusted organisation, the joint agencies to a joint item,
 * the special procedures to an item whose time limit leaves steps out ({@code timeLimit.excludedSteps}),
 * the fee's basis and relief and online payment to a charged item, the reason for coming in person to
 * an item with trips, the online address to an item that can be handled online, a result's name and
 * sample to an item with a result. The elements the schema requires, or whose absence the format
 * gives a meaning (no conditions: anyone may apply; no intermediary services; status in use), are
 * always filled. A yes-or-no inside {@code channels} (online payment, self-service terminal) is
 * filled once the {@code channels} block is written, as absent there means no.
 */
public enum StandardElement {
  // ---- identity and legal basis 基本信息与依据
  NAME("name", "事项名称", "item name", always()),
  CATALOG_CODE("codes.catalog", "基本编码", "basic code", item("/codes/catalog", i -> i.codes().isPresent())),
  TASK_CODE("codes.task", "实施编码", "implementation code", item("/codes/task", i -> i.codes().flatMap(c -> c.task()).isPresent())),
  HANDLE_ITEM_CODE("codes.handleItem", "业务办理项编码", "handling-item code",
      item("/codes/handleItem", i -> i.codes().flatMap(c -> c.handleItem()).isPresent())),
  SCENARIO_CODE("scenarios[].code", "情形编码", "scenario code", each("/scenarios", ServiceItem::scenarios, "code", s -> s.code().isPresent())),
  TYPE("type", "事项类型", "item type", always()),
  LEGAL_BASIS("legalBasis", "设定依据", "legal basis", always()),
  BASIS_KIND("legalBasis[].kind", "依据类别(设定、实施、监管)", "kind of legal basis",
      each("/legalBasis", ServiceItem::legalBases, "kind", b -> b.kind().isPresent())),
  POWER_SOURCE("powerSource", "权力来源", "source of power", item("/powerSource", i -> i.powerSource().isPresent())),
  LEVELS("levels", "行使层级", "levels exercising it", always()),
  ACCEPT_LEVEL("acceptLevel", "受理层级", "accepting level", item("/acceptLevel", i -> i.acceptLevel().isPresent())),
  APPROVE_LEVEL("approveLevel", "审批层级", "approving level", item("/approveLevel", i -> i.approveLevel().isPresent())),
  PRE_REVIEW("preReview", "初审层级", "pre-reviewing level", item("/preReview", i -> i.preReview().isPresent())),
  STATUS("status", "事项状态", "item status", always()),

  // ---- the implementing body 实施主体
  AUTHORITY("authority", "实施主体", "implementing body", always()),
  AUTHORITY_NATURE("authority.nature", "实施主体性质", "nature of the implementing body",
      item("/authority/nature", i -> i.authority().nature().isPresent())),
  ENTRUSTED_BY("authority.entrustedBy", "委托部门", "entrusting body",
      item("/authority/entrustedBy", i -> i.authority().entrustedBy().isPresent())
          .when(i -> i.authority().nature().orElse(null) == AuthorityNature.ENTRUSTED_ORGANISATION)),
  JOINT_AGENCIES("jointAgencies", "联办机构", "joint agencies", item("/jointAgencies", i -> !i.jointAgencies().isEmpty())
      .when(i -> i.modes().contains(HandlingMode.JOINT) || i.projectType().orElse(null) == ProjectType.JOINT)),

  // ---- applicants, conditions, materials 服务对象、条件与材料
  SERVICE_OBJECTS("serviceObjects", "服务对象", "who may apply", item("/serviceObjects", i -> !i.serviceObjects().isEmpty())),
  CONDITIONS("conditions", "受理条件", "acceptance conditions", always()),
  QUANTITY_LIMIT("quantityLimit", "数量限制", "quantity limit", item("/quantityLimit", i -> i.quantityLimit().isPresent())),
  MATERIALS("materials", "申请材料", "application materials", always()),
  MATERIAL_BASIS("materials[].basis", "要求提供材料的依据", "basis for asking for a material",
      each("/materials", ServiceItem::materials, "basis", m -> m.basis().isPresent())),
  ACCEPT_STANDARD("materials[].acceptStandard", "受理标准", "acceptance standard of a material",
      each("/materials", ServiceItem::materials, "acceptStandard", m -> m.acceptStandard().isPresent())),
  PAPER("materials[].paper", "纸质规格", "paper size of a material",
      each("/materials", ServiceItem::materials, "paper", m -> m.form() == MaterialForm.ELECTRONIC || m.paper().isPresent())),
  FORMS("forms", "办事表单", "forms", item("/forms", i -> !i.forms().isEmpty())),
  REVIEW_POINTS("reviewPoints", "审查要点", "review points", item("/reviewPoints", i -> !i.reviewPoints().isEmpty())),

  // ---- time, process, special procedures 时限、流程与特别程序
  TIME_LIMIT("timeLimit", "办结时限", "time limits", always()),
  PROJECT_TYPE("projectType", "办件类型", "project type", item("/projectType", i -> i.projectType().isPresent())),
  PROCESS("process", "办理流程", "process", always()),
  SPECIAL_PROCEDURES("specialProcedures", "特别程序", "special procedures", item("/specialProcedures", i -> !i.specialProcedures().isEmpty())
      .when(i -> !i.timeLimit().excludedSteps().isEmpty())),

  // ---- fees 收费
  FEE("fee", "收费标准", "fee", always()),
  FEE_BASIS("fee.basis", "收费依据", "basis of the fee", item("/fee/basis", i -> i.fee().basis().isPresent()).when(i -> !i.fee().isFree())),
  FEE_RELIEF("fee.relief", "是否允许减免", "fee relief", item("/fee/relief", i -> i.fee().relief().isPresent()).when(i -> !i.fee().isFree())),

  // ---- channels and convenience 办理渠道与便民服务
  ONLINE_LEVEL("onlineLevel", "办理形式(网上可办)", "handled online or not", always()),
  ONLINE_DEPTH("onlineDepth", "网上办理深度", "depth of online handling", item("/onlineDepth", i -> i.onlineDepth().isPresent())),
  ONLINE_URL("channels.onlineUrl", "网办地址", "online address", item("/channels/onlineUrl", i -> i.channels().flatMap(c -> c.onlineUrl()).isPresent())
      .when(i -> i.onlineLevel() != OnlineLevel.NONE)),
  TRIPS("trips", "到办事现场次数", "trips in person", always()),
  ON_SITE_REASON("channels.onSiteReason", "必须现场办理原因", "why in person",
      item("/channels/onSiteReason", i -> i.channels().flatMap(c -> c.onSiteReason()).isPresent()).when(i -> i.trips() > 0)),
  APPOINTMENT("channels.appointment", "是否支持预约", "appointments", item("/channels/appointment", i -> i.channels().flatMap(c -> c.appointment()).isPresent())),
  ONLINE_PAYMENT("channels.onlinePayment", "是否支持网上支付", "online payment",
      item("/channels/onlinePayment", i -> i.channels().isPresent()).when(i -> !i.fee().isFree())),
  EXPRESS("channels.express", "是否支持物流快递", "express delivery", item("/channels/express", i -> i.channels().flatMap(c -> c.express()).isPresent())),
  SELF_SERVICE_TERMINAL("channels.selfServiceTerminal", "是否支持自助终端", "self-service terminal",
      item("/channels/selfServiceTerminal", i -> i.channels().isPresent())),
  SCOPE("scope", "通办范围", "acceptance scope", always()),
  INTERMEDIARIES("intermediaries", "中介服务", "intermediary services", always()),

  // ---- result 审批结果
  RESULT("result", "审批结果类型", "kind of result", item("/result", i -> i.result().isPresent())),
  RESULT_NAME("result.name", "审批结果名称", "name of the result",
      item("/result/name", i -> i.result().flatMap(r -> r.name()).isPresent()).when(StandardElement::hasResult)),
  RESULT_SAMPLE("result.sample", "审批结果样本", "sample of the result",
      item("/result/sample", i -> i.result().flatMap(r -> r.sample()).isPresent()).when(StandardElement::hasResult)),
  DELIVERY("delivery", "结果送达方式", "delivery of the result", always()),

  // ---- contact, supervision, remedies 咨询、监督与救济
  ADDRESS("local.*.address", "办理地点", "where to go", local("address", l -> l.address().isPresent())),
  HOURS("local.*.hours", "办理时间", "opening hours", local("hours", l -> l.hours().isPresent())),
  CONSULT("local.*.consult", "咨询方式", "how to ask", local("consult", l -> l.consult().isPresent())),
  COMPLAINT("local.*.complaint", "监督投诉方式", "how to complain", local("complaint", l -> l.complaint().isPresent())),
  REVIEW("local.*.remedies.review", "行政复议", "administrative review",
      local("remedies/review", l -> l.remedies().flatMap(r -> r.review()).isPresent())),
  LITIGATION("local.*.remedies.litigation", "行政诉讼", "administrative litigation",
      local("remedies/litigation", l -> l.remedies().flatMap(r -> r.litigation()).isPresent())),
  RIGHTS_AND_DUTIES("rightsAndDuties", "申请人权利和义务", "the applicant's rights and duties",
      item("/rightsAndDuties", i -> i.rightsAndDuties().filter(r -> !r.rights().isEmpty() && !r.duties().isEmpty()).isPresent())),
  FAQ("faq", "常见问题", "frequently asked questions", item("/faq", i -> !i.faq().isEmpty())),
  TOPICS("topics", "主题分类", "topics", item("/topics", i -> i.topics()
      .filter(t -> !t.naturalPerson().isEmpty() || !t.legalPerson().isEmpty() || !t.lifeEvents().isEmpty()).isPresent()));

  private final String key;
  private final LocalizedText name;
  private final Rule rule;

  StandardElement(String key, String zh, String en, Rule rule) {
    this.key = key;
    this.name = new LocalizedText(zh, en);
    this.rule = rule;
  }

  /**
   * Where it is written in an item file, e.g. {@code codes.catalog}; {@code []} stands for every
   * entry of a list, {@code *} for every region of {@code local}.
   */
  public String key() {
    return key;
  }

  /** Its name: the Chinese one policy staff know (e.g. 基本编码), and an English one. */
  public LocalizedText label() {
    return name;
  }

  /** Whether it counts for {@code item}: most elements count for every item, a few only where they apply. */
  public boolean appliesTo(ServiceItem item) {
    return rule.applies.test(item);
  }

  /** Whether {@code item} fills it; an element that does not apply to the item is not filled, nor missing. */
  public boolean isFilledIn(ServiceItem item) {
    return appliesTo(item) && rule.gaps.apply(item).isEmpty();
  }

  /** Whether it applies to {@code item} and {@code item} does not fill it. */
  public boolean isMissingIn(ServiceItem item) {
    return appliesTo(item) && !rule.gaps.apply(item).isEmpty();
  }

  /**
   * Where in the item's file it is missing: one JSON pointer per place it should be written, e.g.
   * {@code /codes/catalog}, {@code /materials/2/basis} for the third material, {@code /local/620302/consult},
   * or {@code /local} when the item has no local details at all; empty when filled or when it does not apply.
   */
  public List<String> gapsIn(ServiceItem item) {
    return appliesTo(item) ? rule.gaps.apply(item) : List.of();
  }

  private static boolean hasResult(ServiceItem item) {
    return item.result().map(r -> r.type() != ResultType.NONE).orElse(true);
  }

  /** When an element applies, and where an item that it applies to lacks it. */
  private record Rule(Predicate<ServiceItem> applies, Function<ServiceItem, List<String>> gaps) {
    Rule when(Predicate<ServiceItem> condition) {
      return new Rule(applies.and(condition), gaps);
    }
  }

  private static Rule always() {
    return new Rule(i -> true, i -> List.of());
  }

  private static Rule item(String pointer, Predicate<ServiceItem> filled) {
    return new Rule(i -> true, i -> filled.test(i) ? List.of() : List.of(pointer));
  }

  /** Written in each entry of a list of the item; applies when the list has an entry. */
  private static <T> Rule each(String list, Function<ServiceItem, List<T>> entries, String field, Predicate<T> filled) {
    return new Rule(i -> !entries.apply(i).isEmpty(), i -> {
      List<String> gaps = new ArrayList<>();
      List<T> all = entries.apply(i);
      for (int n = 0; n < all.size(); n++) {
        if (!filled.test(all.get(n))) {
          gaps.add(list + "/" + n + "/" + field);
        }
      }
      return List.copyOf(gaps);
    });
  }

  /** Written in each region's local details; an item without local details lacks it. */
  private static Rule local(String field, Predicate<LocalInfo> filled) {
    return new Rule(i -> true, i -> {
      if (i.local().isEmpty()) {
        return List.of("/local");
      }
      List<String> gaps = new ArrayList<>();
      new TreeMap<>(i.local()).forEach((region, info) -> {
        if (!filled.test(info)) {
          gaps.add("/local/" + region.replace("~", "~0").replace("/", "~1") + "/" + field);
        }
      });
      return List.copyOf(gaps);
    });
  }
}
