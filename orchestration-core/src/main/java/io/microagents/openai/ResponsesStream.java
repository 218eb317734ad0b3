package io.microagents.openai;

import com.openai.core.http.StreamResponse;
import com.openai.helpers.ResponseAccumulator;
import com.openai.models.responses.Response;
import com.openai.models.responses.ResponseErrorEvent;
import com.openai.models.responses.ResponseFunctionCallArgumentsDeltaEvent;
import com.openai.models.responses.ResponseFunctionToolCall;
import com.openai.models.responses.ResponseReasoningSummaryTextDeltaEvent;
import com.openai.models.responses.ResponseStreamEvent;
import io.microagents.model.ModelException;
import io.microagents.stream.DeltaListener;
import io.microagents.stream.ModelDelta;
import java.util.HashMap;
import java.util.Map;

/**
 * Reads one Responses API event stream: publishes each text, refusal, reasoning-summary and
 * function-argument delta as it arrives, and hands the events to openai-java's
 * {@link ResponseAccumulator}, whose result is the response a non-streamed call returns (the
 * terminal event carries it whole).
 */
final class ResponsesStream {

  /** The function call an output index holds: argument deltas name only the index. */
  private record FunctionCall(String callId, String name) {}

  private final DeltaListener listener;
  private final String endpoint;
  private final ResponseAccumulator accumulator = ResponseAccumulator.create();
  private final Map<Long, FunctionCall> calls = new HashMap<>();
  /** The summary part each reasoning item (by output index) is at, to separate parts as the response does. */
  private final Map<Long, Long> summaryParts = new HashMap<>();
  private int events;

  private ResponsesStream(DeltaListener listener, String endpoint) {
    this.listener = listener;
    this.endpoint = endpoint;
  }

  /**
   * Reads the stream to its end and returns the finished response.
   *
   * @param endpoint the URL streamed from, named when the stream breaks off; {@code null} when unknown
   * @throws ModelException when the stream breaks off, reports an error, or ends unfinished (all retryable)
   */
  static Response read(StreamResponse<ResponseStreamEvent> stream, DeltaListener listener, String endpoint) {
    ResponsesStream reader = new ResponsesStream(listener, endpoint);
    try {
      stream.stream().forEach(reader::accept);
    } catch (RuntimeException e) {
      throw OpenAiErrors.cutOff(e, endpoint, reader.events + " events");
    }
    return reader.response();
  }

  private void accept(ResponseStreamEvent event) {
    events++;
    if (event.isError()) {
      ResponseErrorEvent error = event.asError();
      // Like a failed response: the provider's own failure, so a retry may succeed.
      throw new ModelException("OpenAI API stream" + from() + " reported an error: "
          + error.code().map(c -> c + ": ").orElse("") + error.message(), 0, true, null, null);
    }
    publish(event);
    accumulator.accumulate(event);
  }

  private void publish(ResponseStreamEvent event) {
    if (event.isOutputTextDelta()) {
      listener.onDelta(ModelDelta.text(event.asOutputTextDelta().delta()));
    } else if (event.isRefusalDelta()) {
      listener.onDelta(ModelDelta.refusal(event.asRefusalDelta().delta()));
    } else if (event.isReasoningSummaryTextDelta()) {
      reasoning(event.asReasoningSummaryTextDelta());
    } else if (event.isOutputItemAdded() && event.asOutputItemAdded().item().isFunctionCall()) {
      ResponseFunctionToolCall call = event.asOutputItemAdded().item().asFunctionCall();
      calls.put(event.asOutputItemAdded().outputIndex(), new FunctionCall(call.callId(), call.name()));
    } else if (event.isFunctionCallArgumentsDelta()) {
      ResponseFunctionCallArgumentsDeltaEvent delta = event.asFunctionCallArgumentsDelta();
      FunctionCall call = calls.get(delta.outputIndex());
      listener.onDelta(ModelDelta.toolArguments(call == null ? null : call.callId(),
          call == null ? null : call.name(), delta.delta()));
    }
  }

  /** A summary's parts are joined with a newline in the finished response: the deltas carry it too. */
  private void reasoning(ResponseReasoningSummaryTextDeltaEvent delta) {
    long part = delta.summaryIndex();
    long previous = summaryParts.getOrDefault(delta.outputIndex(), 0L);
    if (part > previous) {
      listener.onDelta(ModelDelta.reasoning("\n".repeat((int) (part - previous))));
      summaryParts.put(delta.outputIndex(), part);
    }
    listener.onDelta(ModelDelta.reasoning(delta.delta()));
  }

  private Response response() {
    try {
      return accumulator.response();
    } catch (IllegalStateException notFinished) {
      throw new ModelException("OpenAI API stream" + from() + " ended after " + events
          + " events without response.completed", 0, true, null, null);
    }
  }

  private String from() {
    return endpoint == null ? "" : " from " + endpoint;
  }
}
