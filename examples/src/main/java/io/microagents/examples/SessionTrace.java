package io.microagents.examples;

import io.microagents.opentelemetry.MicroagentsTracing;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.TracerProvider;
import io.opentelemetry.context.propagation.ContextPropagators;
import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * The OpenTelemetry spans of a session's runs, kept in memory and printed as a tree
 * ({@code run <example> --trace}). Only the spans of this process: its client and its worker.
 * A real deployment exports them instead (OTLP, see docs/tracing.md).
 */
public final class SessionTrace implements AutoCloseable {

  private final List<SpanData> spans = new CopyOnWriteArrayList<>();
  private final SdkTracerProvider provider;
  private final MicroagentsTracing tracing;

  /** A tracer provider whose spans go to this trace; run spans get the ids every worker derives. */
  public SessionTrace() {
    this.provider = SdkTracerProvider.builder().setIdGenerator(MicroagentsTracing.idGenerator())
        .addSpanProcessor(SimpleSpanProcessor.create(new Collector())).build();
    this.tracing = MicroagentsTracing.builder(new OpenTelemetry() {
      @Override
      public TracerProvider getTracerProvider() {
        return provider;
      }

      @Override
      public ContextPropagators getPropagators() {
        return ContextPropagators.noop();
      }
    }).build();
  }

  /** The interceptors to give the session's client and workers. */
  public MicroagentsTracing tracing() {
    return tracing;
  }

  /** The spans ended so far. */
  public List<SpanData> spans() {
    return List.copyOf(spans);
  }

  /**
   * The spans as an indented tree: children under their parent, in the order they started,
   * each with its duration. A span whose parent was not exported here is a root.
   */
  public String tree() {
    List<SpanData> all = spans();
    Set<String> ids = all.stream().map(SpanData::getSpanId).collect(Collectors.toSet());
    Map<String, List<SpanData>> children = new LinkedHashMap<>();
    List<SpanData> roots = new ArrayList<>();
    for (SpanData s : all.stream().sorted(ORDER).toList()) {
      if (ids.contains(s.getParentSpanId())) {
        children.computeIfAbsent(s.getParentSpanId(), k -> new ArrayList<>()).add(s);
      } else {
        roots.add(s);
      }
    }
    StringBuilder out = new StringBuilder();
    for (SpanData root : roots) {
      print(out, root, "", "", children);
    }
    return out.toString();
  }

  private static final Comparator<SpanData> ORDER =
      Comparator.comparingLong(SpanData::getStartEpochNanos).thenComparing(SpanData::getName);

  private static void print(StringBuilder out, SpanData span, String lead, String indent,
      Map<String, List<SpanData>> children) {
    long ms = TimeUnit.NANOSECONDS.toMillis(span.getEndEpochNanos() - span.getStartEpochNanos());
    out.append(lead).append(span.getName()).append("  ").append(ms).append(" ms\n");
    List<SpanData> under = children.getOrDefault(span.getSpanId(), List.of());
    for (int i = 0; i < under.size(); i++) {
      boolean last = i == under.size() - 1;
      print(out, under.get(i), indent + (last ? "└─ " : "├─ "), indent + (last ? "   " : "│  "), children);
    }
  }

  @Override
  public void close() {
    provider.close();
  }

  /** Keeps every span it is given. */
  private final class Collector implements SpanExporter {
    @Override
    public CompletableResultCode export(Collection<SpanData> ended) {
      spans.addAll(ended);
      return CompletableResultCode.ofSuccess();
    }

    @Override
    public CompletableResultCode flush() {
      return CompletableResultCode.ofSuccess();
    }

    @Override
    public CompletableResultCode shutdown() {
      return CompletableResultCode.ofSuccess();
    }
  }
}
