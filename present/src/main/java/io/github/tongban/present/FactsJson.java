package io.github.tongban.present;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.tongban.core.LocalizedText;
import io.github.tongban.core.TongbanException;
import io.github.tongban.rules.Application;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The one conversion of JSON into facts and applications, used by the HTTP service, {@code --facts},
 * JSON Lines screening and embedding code alike. Numbers are read exactly as written (as
 * {@link BigDecimal}, never through {@code double}: {@code 810.0000000000000001} stays above 810,
 * and {@code 810.0} stays {@code 810.0}, as typed at a terminal),
 * duplicate keys and trailing content are refused, and {@code null} means "not known".
 * Absurd numbers such as {@code 1e-999999999} are passed on exactly and refused by the engine's
 * fact check, as the same text typed at a terminal is.
 */
public final class FactsJson {
  private static final ObjectMapper READER = JsonMapper.builder()
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .disable(JsonParser.Feature.ALLOW_COMMENTS)
      .build();

  private FactsJson() {}

  /** Thrown when JSON input is not what it must be; the message names the field, in zh-CN and en. */
  public static final class InvalidJsonException extends TongbanException {
    private static final long serialVersionUID = 1L;

    private final String field;
    private final LocalizedText text;

    InvalidJsonException(String field, LocalizedText text) {
      super(field + ": " + text.en());
      this.field = field;
      this.text = text;
    }

    /** The field concerned ({@code body} for the whole document). */
    public String field() {
      return field;
    }

    /** What is wrong, in zh-CN and en. */
    public LocalizedText text() {
      return text;
    }
  }

  /** The JSON object in {@code text}: exactly one object, no duplicate keys, nothing after it. */
  public static JsonNode object(String text) {
    return object(parse(() -> READER.readTree(text)));
  }

  /** The JSON object in {@code bytes} (UTF-8). */
  public static JsonNode object(byte[] bytes) {
    return object(parse(() -> READER.readTree(bytes)));
  }

  private interface Read {
    JsonNode read() throws IOException;
  }

  private static JsonNode parse(Read read) {
    try {
      return read.read();
    } catch (JsonProcessingException e) {
      String where = e.getLocation() == null ? "" : " (line %d, column %d)".formatted(e.getLocation().getLineNr(), e.getLocation().getColumnNr());
      boolean duplicate = e.getOriginalMessage() != null && e.getOriginalMessage().startsWith("Duplicate field");
      throw new InvalidJsonException("body", duplicate
          ? new LocalizedText("JSON 中有重复的键" + where, "the JSON has a duplicate key" + where)
          : new LocalizedText("不是有效的 JSON" + where, "not valid JSON" + where));
    } catch (IOException e) {
      throw new InvalidJsonException("body", new LocalizedText("无法读取 JSON", "the JSON cannot be read"));
    }
  }

  private static JsonNode object(JsonNode node) {
    if (node == null || !node.isObject()) {
      throw new InvalidJsonException("body", new LocalizedText("须为一个 JSON 对象", "must be one JSON object"));
    }
    return node;
  }

  /**
   * The facts of a JSON object of fact ids to values: true/false, a number (exact), text, or null
   * (not known, left out). Keys in {@code skip} (such as a resident's {@code id}) are left out too.
   */
  public static Map<String, Object> facts(JsonNode object, String... skip) {
    Map<String, Object> out = new LinkedHashMap<>();
    outer:
    for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      for (String s : skip) {
        if (s.equals(e.getKey())) {
          continue outer;
        }
      }
      Object value = value(e.getKey(), e.getValue());
      if (value != null) {
        out.put(e.getKey(), value);
      }
    }
    return out;
  }

  /** One fact's value: Boolean, Long (an integer that fits), BigDecimal (any other number, exactly), String, or null. */
  public static Object value(String field, JsonNode v) {
    if (v == null || v.isNull()) {
      return null;
    }
    if (v.isBoolean()) {
      return v.booleanValue();
    }
    if (v.isIntegralNumber() && v.canConvertToLong()) {
      return v.longValue();
    }
    if (v.isNumber()) {
      return v.decimalValue();
    }
    if (v.isTextual()) {
      return v.textValue();
    }
    throw new InvalidJsonException(field, new LocalizedText("值须为文本、数字或 true/false", "the value must be text, a number or true/false"));
  }

  /**
   * The application a JSON object describes: {@code item} (required text), {@code at} (a service
   * point's region code; absent for online), {@code date} (YYYY-MM-DD; absent for today) and
   * {@code facts} (an object of fact ids to values). Other keys are refused.
   */
  public static Application application(JsonNode body) {
    for (Iterator<String> it = body.fieldNames(); it.hasNext(); ) {
      String key = it.next();
      if (!key.equals("item") && !key.equals("at") && !key.equals("date") && !key.equals("facts")) {
        throw new InvalidJsonException(key, new LocalizedText("未知的字段(可用:item、at、date、facts)", "unknown field (use item, at, date, facts)"));
      }
    }
    JsonNode item = body.get("item");
    if (item == null || !item.isTextual()) {
      throw new InvalidJsonException("item", new LocalizedText("须给出事项编码(文本)", "give the item code as text"));
    }
    Application.Builder b = Application.forItem(item.textValue());
    JsonNode at = body.get("at");
    if (at != null && !at.isNull()) {
      if (!at.isTextual()) {
        throw new InvalidJsonException("at", new LocalizedText("须为受理网点的区划代码(文本)", "must be the service point's region code, as text"));
      }
      b.at(at.textValue());
    }
    JsonNode date = body.get("date");
    if (date != null && !date.isNull()) {
      try {
        b.on(LocalDate.parse(date.asText()));
      } catch (DateTimeParseException e) {
        throw new InvalidJsonException("date", new LocalizedText("日期须为 YYYY-MM-DD", "the date must be YYYY-MM-DD"));
      }
    }
    JsonNode facts = body.get("facts");
    if (facts != null && !facts.isNull()) {
      if (!facts.isObject()) {
        throw new InvalidJsonException("facts", new LocalizedText("须为事实编码到值的对象", "must be an object of fact ids to values"));
      }
      b.facts(facts(facts));
    }
    return b.build();
  }
}
