package io.github.tongban.present;

import io.github.tongban.core.condition.Condition;
import io.github.tongban.core.condition.Operand;
import io.github.tongban.core.condition.Value;
import io.github.tongban.core.model.Catalogue;
import io.github.tongban.core.model.FactDefinition;
import io.github.tongban.core.model.ServiceItem;
import java.util.ArrayList;
import java.util.List;

/** Conditions in words, for guides and notices: the catalogue's own wording, or one made from the fact dictionary. */
public final class Wording {
  private Wording() {}

  /** The condition tree as nested lines, each indented by depth, with the legal basis it cites. */
  public static List<String> lines(Catalogue catalogue, ServiceItem item, Condition c) {
    List<String> out = new ArrayList<>();
    lines(catalogue, item, c, 0, out);
    return out;
  }

  private static void lines(Catalogue catalogue, ServiceItem item, Condition c, int depth, List<String> out) {
    String basis = c.basis().flatMap(item::legalBasis).map(b -> "(" + b.citation() + ")").orElse("");
    String indent = "\u3000\u3000".repeat(depth) + (depth > 0 ? "· " : "");
    if (c instanceof Condition.All a) {
      out.add(indent + a.text().map(t -> t + basis + ",即同时满足:").orElse("同时满足:" + basis));
      a.children().forEach(ch -> lines(catalogue, item, ch, depth + 1, out));
    } else if (c instanceof Condition.Any a) {
      out.add(indent + a.text().map(t -> t + basis + ",即满足其一:").orElse("满足其一:" + basis));
      a.children().forEach(ch -> lines(catalogue, item, ch, depth + 1, out));
    } else {
      out.add(indent + of(catalogue, c) + basis);
    }
  }

  /** One condition in words. */
  public static String of(Catalogue catalogue, Condition c) {
    if (c.text().isPresent()) {
      return c.text().get();
    }
    if (c instanceof Condition.Not n) {
      return "不属于:" + of(catalogue, n.child());
    }
    if (c instanceof Condition.Known k) {
      return "须提供" + label(catalogue, k.fact());
    }
    if (c instanceof Condition.Compare cmp) {
      String operand;
      if (cmp.operand() instanceof Operand.Literal l) {
        operand = value(l.value());
      } else if (cmp.operand() instanceof Operand.ListOf l) {
        operand = String.join("、", l.values().stream().map(Wording::value).toList());
      } else if (cmp.operand() instanceof Operand.ParameterRef p) {
        operand = catalogue.parameter(p.parameter()).map(x -> x.label()).orElse(p.parameter());
      } else {
        String code = ((Operand.RegionRef) cmp.operand()).region();
        operand = catalogue.regions().region(code).map(r -> r.name()).orElse(code);
      }
      return label(catalogue, cmp.fact()) + cmp.operator().label() + operand;
    }
    return c.getClass().getSimpleName();
  }

  private static String label(Catalogue catalogue, String fact) {
    return catalogue.fact(fact).map(FactDefinition::label).orElse(fact);
  }

  private static String value(Value v) {
    if (v instanceof Value.Bool b) {
      return b.value() ? "是" : "否";
    }
    return v.toString();
  }
}
