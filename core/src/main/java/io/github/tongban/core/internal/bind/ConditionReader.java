package io.github.tongban.core.internal.bind;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.tongban.core.LocalizedText;
import io.github.tongban.core.condition.Condition;
import io.github.tongban.core.condition.FactType;
import io.github.tongban.core.condition.Operand;
import io.github.tongban.core.condition.Operator;
import io.github.tongban.core.condition.Value;
import io.github.tongban.core.internal.Problems;
import io.github.tongban.core.internal.yaml.YamlDocument;
import io.github.tongban.core.validation.LoadLimits;
import io.github.tongban.core.validation.ProblemCode;
import io.github.tongban.core.validation.SourceLocation;
import io.github.tongban.core.model.FactDefinition;
import io.github.tongban.core.model.Parameter;
import io.github.tongban.core.model.RegionTree;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BinaryOperator;

/**
 * Checks a condition written in a catalogue file against the fact dictionary, the parameters,
 * the region tree and the item's legal bases, and builds its typed tree. Catalogue text only
 * ever becomes values in the tree, never code.
 */
final class ConditionReader {
  private static final Comparator<SourceLocation> IN_FILE_ORDER =
      Comparator.comparingInt(SourceLocation::line).thenComparingInt(SourceLocation::column);

  private final YamlDocument doc;
  private final Problems problems;
  private final LoadLimits limits;
  private final ItemContext dictionaries;
  private final Set<String> bases;
  private final Map<String, SourceLocation> parameterReferences = new LinkedHashMap<>();

  /**
   * A reader for the conditions of one file. A dictionary that failed to load is empty, and the
   * checks that need it are skipped rather than reported again for every reference.
   */
  ConditionReader(YamlDocument doc, Problems problems, LoadLimits limits, ItemContext dictionaries, Set<String> bases) {
    this.doc = doc;
    this.problems = problems;
    this.limits = limits;
    this.dictionaries = dictionaries;
    this.bases = bases;
  }

  /** The condition at {@code pointer}, or empty when there is none or it has a problem (reported). */
  Optional<Condition> read(String pointer) {
    JsonNode node = doc.root().at(pointer);
    if (node.isMissingNode() || node.isNull()) {
      return Optional.empty();
    }
    int depth = depth(node);
    if (depth > limits.maxConditionDepth()) {
      problems.add(ProblemCode.CONDITION_TOO_DEEP, doc.locate(pointer), depth, limits.maxConditionDepth());
      return Optional.empty();
    }
    int leaves = leaves(node);
    if (leaves > limits.maxConditionLeaves()) {
      problems.add(ProblemCode.CONDITION_TOO_MANY_LEAVES, doc.locate(pointer), leaves, limits.maxConditionLeaves());
      return Optional.empty();
    }
    int before = problems.size();
    Optional<Condition> condition = build(node, pointer);
    return condition.filter(c -> problems.size() == before);
  }

  /**
   * Each known parameter the conditions read so far compare with, at the first place in the file
   * that does so, in the order of those places.
   */
  List<Map.Entry<String, SourceLocation>> parameterReferences() {
    return parameterReferences.entrySet().stream().sorted(Map.Entry.comparingByValue(IN_FILE_ORDER)).map(e -> Map.entry(e.getKey(), e.getValue())).toList();
  }

  private static int depth(JsonNode node) {
    if (node.has("all") || node.has("any")) {
      int max = 0;
      for (JsonNode child : node.has("all") ? node.get("all") : node.get("any")) {
        max = Math.max(max, depth(child));
      }
      return 1 + max;
    }
    if (node.has("not")) {
      return 1 + depth(node.get("not"));
    }
    return 1;
  }

  private static int leaves(JsonNode node) {
    if (node.has("all") || node.has("any")) {
      int sum = 0;
      for (JsonNode child : node.has("all") ? node.get("all") : node.get("any")) {
        sum += leaves(child);
      }
      return sum;
    }
    return node.has("not") ? leaves(node.get("not")) : 1;
  }

  /** The condition {@code node} at {@code pointer}, or empty when it has a problem (reported) or a dictionary it needs failed. */
  private Optional<Condition> build(JsonNode node, String pointer) {
    Optional<String> text = Json.optText(node, "text");
    Optional<String> basis = Json.optText(node, "basis");
    basis.filter(b -> !bases.contains(b)).ifPresent(b ->
        problems.add(ProblemCode.REFERENCE_UNKNOWN_BASIS, doc.locate(YamlDocument.child(pointer, "basis")), b, String.join(", ", bases)));
    if (node.has("all") || node.has("any")) {
      String key = node.has("all") ? "all" : "any";
      List<Optional<Condition>> children = new ArrayList<>();
      JsonNode list = node.get(key);
      for (int i = 0; i < list.size(); i++) {
        children.add(build(list.get(i), YamlDocument.child(YamlDocument.child(pointer, key), i)));
      }
      return allPresent(children).map(all -> key.equals("all") ? new Condition.All(all, text, basis) : new Condition.Any(all, text, basis));
    }
    if (node.has("not")) {
      return build(node.get("not"), YamlDocument.child(pointer, "not")).map(child -> new Condition.Not(child, text, basis));
    }
    if (node.has("known")) {
      String fact = node.get("known").asText();
      return fact(fact, YamlDocument.child(pointer, "known")).isPresent() || dictionaries.facts().isEmpty()
          ? Optional.of(new Condition.Known(fact, text, basis)) : Optional.empty();
    }
    return compare(node, pointer, text, basis);
  }

  /** Every one of {@code parts}, when each is present. */
  private static <T> Optional<List<T>> allPresent(List<Optional<T>> parts) {
    return parts.stream().allMatch(Optional::isPresent) ? Optional.of(parts.stream().map(Optional::get).toList()) : Optional.empty();
  }

  private Optional<FactDefinition> fact(String id, String pointer) {
    if (dictionaries.facts().isEmpty()) {
      return Optional.empty();
    }
    FactDefinition fact = dictionaries.facts().get().get(id);
    if (fact == null) {
      problems.add(ProblemCode.CONDITION_UNKNOWN_FACT, doc.locate(pointer), id);
    }
    return Optional.ofNullable(fact);
  }

  private Optional<Condition> compare(JsonNode node, String pointer, Optional<String> text, Optional<String> basis) {
    String factId = node.get("fact").asText();
    Operator op = Operator.ofYamlName(node.get("op").asText()).orElseThrow();
    Optional<FactDefinition> found = fact(factId, YamlDocument.child(pointer, "fact"));
    if (found.isEmpty()) {
      return Optional.empty();
    }
    FactDefinition fact = found.get();
    String opPointer = YamlDocument.child(pointer, "op");
    if (!fact.type().operators().contains(op)) {
      problems.add(ProblemCode.CONDITION_OPERATOR, doc.locate(opPointer), op.yamlName(), factId, fact.type().yamlName(),
          String.join(", ", fact.type().operators().stream().map(Operator::yamlName).sorted().toList()));
      return Optional.empty();
    }
    String operandKey = node.has("values") ? "values" : node.has("parameter") ? "parameter" : node.has("region") ? "region" : "value";
    boolean fits = op.takesList() ? operandKey.equals("values")
        : op == Operator.WITHIN ? operandKey.equals("region")
        : operandKey.equals("value") || operandKey.equals("parameter");
    if (!fits) {
      problems.add(ProblemCode.CONDITION_OPERATOR, doc.locate(opPointer), op.yamlName(), factId, operandKey, expectedOperand(op));
      return Optional.empty();
    }
    String operandPointer = YamlDocument.child(pointer, operandKey);
    Optional<Operand> operand = switch (operandKey) {
      case "values" -> {
        List<Optional<Value>> values = new ArrayList<>();
        JsonNode list = node.get("values");
        for (int i = 0; i < list.size(); i++) {
          values.add(literal(fact, list.get(i), YamlDocument.child(operandPointer, i)));
        }
        yield allPresent(values).map(Operand.ListOf::new);
      }
      case "parameter" -> parameter(fact, node.get("parameter").asText(), operandPointer);
      case "region" -> region(node.get("region").asText(), operandPointer)
          ? Optional.of(new Operand.RegionRef(node.get("region").asText())) : Optional.empty();
      default -> literal(fact, node.get("value"), operandPointer).map(Operand.Literal::new);
    };
    return operand.map(o -> new Condition.Compare(factId, op, o, text, basis));
  }

  private static LocalizedText expectedOperand(Operator op) {
    if (op.takesList()) {
      return new LocalizedText("values(值列表)", "values (a list)");
    }
    if (op == Operator.WITHIN) {
      return new LocalizedText("region(行政区划代码)", "region (a region code)");
    }
    return new LocalizedText("value(一个值)或 parameter(参数)", "value (one value) or parameter");
  }

  private Optional<Operand> parameter(FactDefinition fact, String id, String pointer) {
    if (dictionaries.parameters().isEmpty()) {
      return Optional.of(new Operand.ParameterRef(id));
    }
    Parameter parameter = dictionaries.parameters().get().get(id);
    if (parameter == null) {
      problems.add(ProblemCode.CONDITION_UNKNOWN_PARAMETER, doc.locate(pointer), id);
      return Optional.empty();
    }
    if (parameter.type().valueKind() != fact.type().valueKind()) {
      problems.add(ProblemCode.CONDITION_TYPE_MISMATCH, doc.locate(pointer), fact.id(), fact.type().yamlName(),
          "parameter " + id + " (" + parameter.type().yamlName() + ")");
      return Optional.empty();
    }
    parameterReferences.merge(id, doc.locate(pointer), BinaryOperator.minBy(IN_FILE_ORDER));
    return Optional.of(new Operand.ParameterRef(id));
  }

  private boolean region(String code, String pointer) {
    Optional<RegionTree> regions = dictionaries.regions();
    if (regions.isPresent() && regions.get().region(code).isEmpty()) {
      problems.add(ProblemCode.CONDITION_UNKNOWN_REGION, doc.locate(pointer), code);
      return false;
    }
    return true;
  }

  /** The literal {@code node} as a value of {@code fact}'s type, or empty after reporting why it is not one. */
  private Optional<Value> literal(FactDefinition fact, JsonNode node, String pointer) {
    Optional<Value> value = Literals.of(fact.type(), node);
    if (value.isEmpty()) {
      problems.add(ProblemCode.CONDITION_TYPE_MISMATCH, doc.locate(pointer), fact.id(), fact.type().yamlName(), node.asText());
      return Optional.empty();
    }
    if (fact.type() == FactType.ENUM && !fact.allowedValues().contains(((Value.Text) value.get()).value())) {
      problems.add(ProblemCode.CONDITION_NOT_ALLOWED_VALUE, doc.locate(pointer), node.asText(), fact.id(), String.join(", ", fact.allowedValues()));
      return Optional.empty();
    }
    if (fact.type() == FactType.REGION && !region(((Value.Text) value.get()).value(), pointer)) {
      return Optional.empty();
    }
    return value;
  }
}
