package io.github.tongban.present;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.util.JsonGeneratorDelegate;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;

/**
 * The one JSON form of tongban's values (decisions, items, notices, problems): ISO dates, exact
 * decimals written in plain notation, empty optionals as null. Every front end writes with it.
 * Every string written, keys included, is neutralised on the way out ({@link SafeText#block}):
 * JSON escapes control characters itself, but bidirectional overrides and CI log commands are
 * printable and would reach a terminal or a log as they are.
 */
public final class Json {
  private static final JsonFactory FACTORY = JsonFactory.builder().addDecorator((factory, generator) -> new Neutral(generator)).build();

  private static final ObjectMapper MAPPER = JsonMapper.builder(FACTORY).addModule(new Jdk8Module()).addModule(new JavaTimeModule())
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN).build();

  private Json() {}

  /** The mapper (for writing and for building trees; read input with {@link FactsJson}). */
  public static ObjectMapper mapper() {
    return MAPPER;
  }

  /** A writer that indents, for terminals. */
  public static ObjectWriter pretty() {
    return MAPPER.writerWithDefaultPrettyPrinter();
  }

  /** A generator that neutralises every string and key it writes. */
  private static final class Neutral extends JsonGeneratorDelegate {
    Neutral(JsonGenerator delegate) {
      super(delegate, false);
    }

    @Override
    public void writeString(String text) throws IOException {
      super.writeString(text == null ? null : SafeText.block(text));
    }

    @Override
    public void writeString(char[] buffer, int offset, int length) throws IOException {
      writeString(new String(buffer, offset, length));
    }

    @Override
    public void writeString(SerializableString text) throws IOException {
      writeString(text.getValue());
    }

    @Override
    public void writeFieldName(String name) throws IOException {
      super.writeFieldName(SafeText.line(name));
    }

    @Override
    public void writeFieldName(SerializableString name) throws IOException {
      writeFieldName(name.getValue());
    }
  }
}
