package io.github.tongban.rules.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.tongban.catalog.SampleCatalogue;
import io.github.tongban.core.condition.Condition;
import io.github.tongban.core.condition.Operand;
import io.github.tongban.core.condition.Operator;
import io.github.tongban.core.condition.Value;
import io.github.tongban.core.model.Catalogue;
import io.github.tongban.core.model.FactDefinition;
import io.github.tongban.core.model.Parameter;
import io.github.tongban.core.model.Region;
import io.github.tongban.core.model.ServiceItem;
import io.github.tongban.rules.Application;
import io.github.tongban.rules.Decision;
import io.github.tongban.rules.DecisionEngine;
import io.github.tongban.rules.InvalidApplicationException;
import io.github.tongban.rules.OracleAccess;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Fuzzes the condition builder and the engine: a random typed condition tree replaces the
 * conditions of a sample item, a random application is decided, and the decision must agree
 * with the plain-Java oracle. Malformed applications must be refused with
 * {@link InvalidApplicationException}, never anything from inside Drools.
 */
class EngineFuzzTests {
  private static final Catalogue SAMPLE = SampleCatalogue.catalogue();
  /** The sample's item versions that decide applications (a suspended version refuses every one). */
  private static final List<ServiceItem> IN_USE = SAMPLE.items().stream()
      .filter(i -> i.status() == io.github.tongban.core.model.ItemStatus.IN_USE).toList();
  private static final List<FactDefinition> FACTS = SAMPLE.facts();
  private static final List<Region> REGIONS = new ArrayList<>(SAMPLE.regions().regions());

  @FuzzTest(maxDuration = "10m")
  void randomConditionTreesAndApplicationsAgreeWithTheOracle(FuzzedDataProvider data) {
    ServiceItem base = IN_USE.get(data.consumeInt(0, IN_USE.size() - 1));
    Condition tree = tree(data, 0);
    ServiceItem item = base.withConditions(Optional.of(tree));
    Catalogue catalogue = new Catalogue(SAMPLE.info(), SAMPLE.facts(), SAMPLE.parameters(), SAMPLE.regions(), SAMPLE.calendar(), List.of(item));
    DecisionEngine engine = DecisionEngine.of(catalogue);

    Application.Builder b = Application.forItem(item.code()).on(item.validity().from().plusDays(data.consumeInt(0, 700)));
    int facts = data.consumeInt(0, 12);
    boolean malformed = false;
    for (int i = 0; i < facts; i++) {
      FactDefinition f = FACTS.get(data.consumeInt(0, FACTS.size() - 1));
      if (data.consumeInt(0, 19) == 0) {
        b.fact(f.id(), data.consumeString(20));
        malformed = true;
      } else {
        b.fact(f.id(), value(data, f));
      }
    }
    if (data.consumeBoolean()) {
      b.at(REGIONS.get(data.consumeInt(0, REGIONS.size() - 1)).code());
    }
    Application application = b.build();
    Decision d;
    try {
      d = engine.decide(application);
    } catch (InvalidApplicationException e) {
      assertThat(malformed).as("only a malformed application is refused: %s", e.getMessage()).isTrue();
      return;
    }
    assertThat(OracleAccess.agrees(catalogue, application, d)).as("engine and oracle agree on %s", application).isEmpty();
  }

  private static Condition tree(FuzzedDataProvider data, int depth) {
    int kind = depth >= 4 ? 3 : data.consumeInt(0, 4);
    Optional<String> none = Optional.empty();
    switch (kind) {
      case 0, 1 -> {
        List<Condition> children = new ArrayList<>();
        int n = data.consumeInt(1, 3);
        for (int i = 0; i < n; i++) {
          children.add(tree(data, depth + 1));
        }
        return kind == 0 ? new Condition.All(children, none, none) : new Condition.Any(children, none, none);
      }
      case 2 -> {
        return new Condition.Not(tree(data, depth + 1), none, none);
      }
      default -> {
        FactDefinition f = FACTS.get(data.consumeInt(0, FACTS.size() - 1));
        if (data.consumeInt(0, 9) == 0) {
          return new Condition.Known(f.id(), none, none);
        }
        List<Operator> ops = new ArrayList<>(f.type().operators());
        ops.sort(null);
        Operator op = ops.get(data.consumeInt(0, ops.size() - 1));
        Operand operand;
        if (op == Operator.WITHIN) {
          operand = new Operand.RegionRef(REGIONS.get(data.consumeInt(0, REGIONS.size() - 1)).code());
        } else if (op.takesList()) {
          List<Value> values = new ArrayList<>();
          int n = data.consumeInt(1, 3);
          for (int i = 0; i < n; i++) {
            values.add(typed(f, value(data, f)));
          }
          operand = new Operand.ListOf(values);
        } else {
          Optional<Parameter> p = SAMPLE.parameters().stream().filter(x -> x.type().valueKind() == f.type().valueKind()).findFirst();
          operand = p.isPresent() && data.consumeInt(0, 3) == 0 ? new Operand.ParameterRef(p.get().id()) : new Operand.Literal(typed(f, value(data, f)));
        }
        return new Condition.Compare(f.id(), op, operand, none, none);
      }
    }
  }

  private static Object value(FuzzedDataProvider data, FactDefinition f) {
    return switch (f.type()) {
      case BOOLEAN -> data.consumeBoolean();
      case INTEGER -> (long) data.consumeInt(f.min().map(BigDecimal::intValue).orElse(0), f.max().map(BigDecimal::intValue).orElse(1000));
      case DECIMAL -> BigDecimal.valueOf(data.consumeInt(f.min().map(BigDecimal::intValue).orElse(0), f.max().map(BigDecimal::intValue).orElse(5000)));
      case DATE -> LocalDate.of(1940, 1, 1).plusDays(data.consumeInt(0, 40_000));
      case ENUM -> f.allowedValues().get(data.consumeInt(0, f.allowedValues().size() - 1));
      case REGION -> REGIONS.get(data.consumeInt(0, REGIONS.size() - 1)).code();
      case TEXT -> "t" + data.consumeInt(0, 3);
    };
  }

  private static Value typed(FactDefinition f, Object raw) {
    return switch (f.type()) {
      case BOOLEAN -> new Value.Bool((Boolean) raw);
      case INTEGER -> Value.Number.of((Long) raw);
      case DECIMAL -> new Value.Number((BigDecimal) raw);
      case DATE -> new Value.Date((LocalDate) raw);
      default -> new Value.Text((String) raw);
    };
  }

}
