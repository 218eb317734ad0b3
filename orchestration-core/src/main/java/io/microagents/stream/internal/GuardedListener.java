package io.microagents.stream.internal;

import io.microagents.stream.DeltaListener;
import io.microagents.stream.ModelDelta;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Shields one streaming model call from its listener: a listener that throws must not fail
 * the call (the finished response is what counts; the deltas are only a preview of it).
 * Every delta is still offered to the listener after a failure. The first failure is logged
 * with its stack trace, the rest only counted, and {@link #finish()} logs the count once, so
 * a listener that fails on every delta costs two log lines per call, not one per token.
 *
 * <p>One instance per call, used on the thread making the call.
 */
public final class GuardedListener implements DeltaListener {

  private static final Logger log = LoggerFactory.getLogger(GuardedListener.class);

  private final DeltaListener listener;
  private final String call;
  private int failures;

  private GuardedListener(DeltaListener listener, String call) {
    this.listener = listener;
    this.call = call;
  }

  /**
   * Guards {@code listener} ({@code null}: ignores every delta) for one call.
   *
   * @param call what is streaming, named in the log, e.g. {@code "OpenAI Responses stream"}
   */
  public static GuardedListener of(DeltaListener listener, String call) {
    return new GuardedListener(listener == null ? DeltaListener.IGNORE : listener, call);
  }

  @Override
  public void onDelta(ModelDelta delta) {
    try {
      listener.onDelta(delta);
    } catch (RuntimeException e) {
      if (failures++ == 0) {
        log.warn("{}: the delta listener threw; the call goes on, its finished response is complete", call, e);
      }
    }
  }

  /** How many deltas the listener threw on so far. */
  public int failures() {
    return failures;
  }

  /** Ends the call: logs how many more times the listener threw, if it threw more than once. */
  public void finish() {
    if (failures > 1) {
      log.warn("{}: the delta listener threw {} times in this call", call, failures);
    }
  }
}
