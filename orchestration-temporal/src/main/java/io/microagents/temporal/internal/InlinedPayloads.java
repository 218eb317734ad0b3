package io.microagents.temporal.internal;

import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.Message;
import io.temporal.api.common.v1.Payload;
import io.temporal.api.history.v1.History;
import io.temporal.api.history.v1.HistoryEvent;
import io.temporal.api.sdk.v1.ExternalStorageReference;
import io.temporal.client.WorkflowClient;
import java.nio.charset.StandardCharsets;

/**
 * A history with every payload a payload store keeps fetched back into it, so the history
 * stands on its own (a file that replays without the store).
 */
public final class InlinedPayloads {

  private static final byte[] MARK = ExternalStorageReference.getDescriptor().getFullName()
      .getBytes(StandardCharsets.UTF_8);

  private final HistoryPayloads payloads;

  public InlinedPayloads(WorkflowClient client) {
    this.payloads = new HistoryPayloads(client);
  }

  /** The history, its stored payloads inlined. */
  public History of(History history) {
    History.Builder b = History.newBuilder();
    for (HistoryEvent e : history.getEventsList()) {
      b.addEvents(holdsReference(e) ? (HistoryEvent) inline(e) : e);
    }
    return b.build();
  }

  private static boolean holdsReference(Message m) {
    return m.toByteString().toStringUtf8().contains(new String(MARK, StandardCharsets.UTF_8));
  }

  private Message inline(Message m) {
    if (m instanceof Payload p) {
      return payloads.resolve(p);
    }
    Message.Builder b = m.toBuilder();
    for (FieldDescriptor f : m.getDescriptorForType().getFields()) {
      if (f.getJavaType() != FieldDescriptor.JavaType.MESSAGE) {
        continue;
      }
      if (f.isRepeated()) {
        for (int i = 0; i < m.getRepeatedFieldCount(f); i++) {
          b.setRepeatedField(f, i, inline((Message) m.getRepeatedField(f, i)));
        }
      } else if (m.hasField(f)) {
        b.setField(f, inline((Message) m.getField(f)));
      }
    }
    return b.build();
  }
}
