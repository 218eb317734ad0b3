package io.microagents.openai;

import io.microagents.stream.DeltaListener;
import io.microagents.stream.ModelDelta;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** A listener that keeps every delta, for assertions on what streamed. */
final class DeltaRecorder implements DeltaListener {

  final List<ModelDelta> deltas = new ArrayList<>();

  @Override
  public void onDelta(ModelDelta delta) {
    deltas.add(delta);
  }

  /** The deltas of one kind. */
  List<ModelDelta> of(ModelDelta.Kind kind) {
    return deltas.stream().filter(d -> d.kind() == kind).toList();
  }

  /** The text of one kind's deltas, concatenated. */
  String text(ModelDelta.Kind kind) {
    return of(kind).stream().map(ModelDelta::text).collect(Collectors.joining());
  }

  /** The argument deltas of one tool call. */
  List<ModelDelta> arguments(String callId) {
    return of(ModelDelta.Kind.TOOL_ARGUMENTS).stream().filter(d -> callId.equals(d.callId())).toList();
  }

  /** The call ids of the argument deltas, in order of first appearance. */
  Set<String> callIds() {
    return of(ModelDelta.Kind.TOOL_ARGUMENTS).stream().map(ModelDelta::callId)
        .collect(Collectors.toCollection(LinkedHashSet::new));
  }
}
