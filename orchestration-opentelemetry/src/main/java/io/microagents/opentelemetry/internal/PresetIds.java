package io.microagents.opentelemetry.internal;

import io.opentelemetry.sdk.trace.IdGenerator;
import java.util.function.Supplier;

/**
 * Ids as the SDK's generator makes them, except for the span being started inside
 * {@link #with}: that one gets the ids given. A run's span gets ids every worker can derive
 * from the run alone, so spans made before it (model calls, tools, child runs, on any worker)
 * can name it as their parent.
 */
public final class PresetIds implements IdGenerator {

  private static final ThreadLocal<String[]> NEXT = new ThreadLocal<>();

  private final IdGenerator delegate;

  public PresetIds(IdGenerator delegate) {
    this.delegate = delegate;
  }

  /** Runs {@code start} with the next span's ids preset: {@code traceId} may be null (the parent's is used). */
  public static <T> T with(String traceId, String spanId, Supplier<T> start) {
    NEXT.set(new String[] {traceId, spanId});
    try {
      return start.get();
    } finally {
      NEXT.remove();
    }
  }

  @Override
  public String generateSpanId() {
    String[] next = NEXT.get();
    return next != null && next[1] != null ? next[1] : delegate.generateSpanId();
  }

  @Override
  public String generateTraceId() {
    String[] next = NEXT.get();
    return next != null && next[0] != null ? next[0] : delegate.generateTraceId();
  }
}
