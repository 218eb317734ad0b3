package io.microagents.opentelemetry.internal;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;
import io.temporal.api.common.v1.Payload;
import io.temporal.common.converter.DefaultDataConverter;
import io.temporal.common.interceptors.Header;
import java.util.HashMap;
import java.util.Map;

/**
 * A span context in a Temporal header, as W3C trace context ({@code traceparent},
 * {@code tracestate}): workflow starts, activities and child workflows carry it, so the work
 * they do joins the trace of whoever started them, in any process.
 */
public final class TraceHeaders {

  /** The header's key. */
  public static final String KEY = "microagents-trace";

  private static final TextMapGetter<Map<String, String>> GETTER = new TextMapGetter<>() {
    @Override
    public Iterable<String> keys(Map<String, String> carrier) {
      return carrier.keySet();
    }

    @Override
    public String get(Map<String, String> carrier, String key) {
      return carrier == null ? null : carrier.get(key);
    }
  };

  private TraceHeaders() {}

  /** Writes {@code span} into {@code header}; an invalid context writes nothing. */
  public static void inject(SpanContext span, Header header) {
    if (!span.isValid()) {
      return;
    }
    Map<String, String> carrier = new HashMap<>();
    W3CTraceContextPropagator.getInstance().inject(Context.root().with(Span.wrap(span)), carrier, Map::put);
    Payload payload = DefaultDataConverter.STANDARD_INSTANCE.toPayload(carrier).orElseThrow();
    header.getValues().put(KEY, payload);
  }

  /** The span context in {@code header}, or an invalid one when it has none. */
  @SuppressWarnings("unchecked")
  public static SpanContext extract(Header header) {
    Payload payload = header == null ? null : header.getValues().get(KEY);
    if (payload == null) {
      return SpanContext.getInvalid();
    }
    Map<String, String> carrier = DefaultDataConverter.STANDARD_INSTANCE.fromPayload(payload, Map.class, Map.class);
    Context context = W3CTraceContextPropagator.getInstance().extract(Context.root(), carrier, GETTER);
    return Span.fromContext(context).getSpanContext();
  }
}
