package io.microagents.opentelemetry.internal;

import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.TraceFlags;
import io.opentelemetry.api.trace.TraceState;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The span context of a workflow run, derived from the run alone: its trace is the one the
 * run's header brought (else one derived from the run), its span id a digest of workflow id
 * and run id. Every worker that replays the run derives the same, with nothing recorded in
 * its history, so spans made on any worker name the same parent.
 */
public final class RunSpans {

  private RunSpans() {}

  /** The run's span context, under {@code parent} (invalid: the run starts its own trace). */
  public static SpanContext of(SpanContext parent, String workflowId, String runId) {
    String run = workflowId + "/" + runId;
    String spanId = hex(digest("span:" + run), 8);
    if (parent.isValid()) {
      return SpanContext.create(parent.getTraceId(), spanId, parent.getTraceFlags(), parent.getTraceState());
    }
    return SpanContext.create(hex(digest("trace:" + run), 16), spanId, TraceFlags.getSampled(), TraceState.getDefault());
  }

  /** The span context of a run's {@code turn}-th turn (1 for the first model call of the workflow run). */
  public static SpanContext turn(SpanContext run, String workflowId, String runId, int turn) {
    String spanId = hex(digest("turn:" + workflowId + "/" + runId + "/" + turn), 8);
    return SpanContext.create(run.getTraceId(), spanId, run.getTraceFlags(), run.getTraceState());
  }

  private static byte[] digest(String text) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }

  /** The first {@code bytes} bytes as hex; never all zeros (an invalid id). */
  private static String hex(byte[] digest, int bytes) {
    String id = HexFormat.of().formatHex(digest, 0, bytes);
    return id.chars().allMatch(c -> c == '0') ? id.substring(0, id.length() - 1) + "1" : id;
  }
}
