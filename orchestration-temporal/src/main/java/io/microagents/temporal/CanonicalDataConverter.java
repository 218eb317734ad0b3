package io.microagents.temporal;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.temporal.common.converter.DataConverter;
import io.temporal.common.converter.DefaultDataConverter;
import io.temporal.common.converter.JacksonJsonPayloadConverter;

/**
 * Temporal's default data converter with canonical JSON: map entries written in key order,
 * so a payload built from a {@code Map.of(...)} or a {@code HashMap} has the same bytes in
 * every JVM. {@link MicroagentsEnvironment} and the test extension use it; use it for your
 * own {@code WorkflowClientOptions} too.
 */
public final class CanonicalDataConverter {

  private static final DataConverter INSTANCE = DefaultDataConverter.newDefaultInstance()
      .withPayloadConverterOverrides(new JacksonJsonPayloadConverter(mapper()));

  private CanonicalDataConverter() {}

  /** The converter (immutable, shared). */
  public static DataConverter get() {
    return INSTANCE;
  }

  private static ObjectMapper mapper() {
    return JacksonJsonPayloadConverter.newDefaultObjectMapper()
        .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);
  }
}
