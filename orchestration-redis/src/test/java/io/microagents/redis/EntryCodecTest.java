package io.microagents.redis;

import static org.assertj.core.api.Assertions.assertThat;

import io.microagents.stream.ModelDelta;
import io.microagents.stream.StreamEntry;
import java.util.List;
import org.junit.jupiter.api.Test;

class EntryCodecTest {

  @Test
  void everyKindOfEntryRoundTrips() {
    List<StreamEntry> entries = List.of(
        StreamEntry.delta("c", 1, "writer", ModelDelta.text("Hel\"lo\n")),
        StreamEntry.delta("c", 2, "writer", ModelDelta.refusal("no")),
        StreamEntry.delta("c", 3, "writer", ModelDelta.reasoning("")),
        StreamEntry.delta("c", 1, "writer", ModelDelta.toolArguments("call_1", "search", "{\"q\":")),
        StreamEntry.end("c", 1, "writer"),
        EntryCodec.gap(null));
    for (StreamEntry e : entries) {
      assertThat(EntryCodec.decode("1-0", EntryCodec.encode(e))).isEqualTo(e.withId("1-0"));
    }
  }

  @Test
  void theJsonIsCompact() {
    assertThat(EntryCodec.encode(StreamEntry.delta("c", 1, "writer", ModelDelta.text("Hi"))))
        .isEqualTo("{\"call\":\"c\",\"attempt\":1,\"agent\":\"writer\",\"kind\":\"TEXT\",\"text\":\"Hi\"}");
    assertThat(EntryCodec.gapFields()).containsEntry(EntryCodec.FIELD, "{\"marker\":\"GAP\"}");
  }

  @Test
  void whatThisVersionCannotReadIsAGap() {
    for (String json : new String[] {null, "", "not json", "{}", "{\"kind\":\"VIDEO\",\"text\":\"x\"}", "{\"marker\":\"PAUSE\"}"}) {
      assertThat(EntryCodec.decode("2-0", json)).as(String.valueOf(json)).isEqualTo(EntryCodec.gap("2-0"));
    }
  }
}
