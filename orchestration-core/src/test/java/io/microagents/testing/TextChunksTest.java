package io.microagents.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextChunksTest {

  @Test
  void piecesConcatenateToTheTextExactly() {
    for (String text : List.of("a", " ", "one two", "  lead and trail  ", "tab\tand\nnew\r\nlines",
        "{\"city\":\"Paris\",\"unit\":\"celsius\"}", "🌍🌍🌍🌍🌍🌍🌍🌍🌍🌍 emoji", "x".repeat(100))) {
      assertThat(String.join("", TextChunks.of(text))).as(text).isEqualTo(text);
    }
  }

  @Test
  void splitsWordByWordAndLongWordsFurtherNeverInsideASurrogatePair() {
    assertThat(TextChunks.of("Hello big world")).containsExactly("Hello", " big", " world");
    assertThat(TextChunks.of("{\"city\":\"Paris\"}")).containsExactly("{\"city\":", "\"Paris\"}");
    assertThat(TextChunks.of("🌍".repeat(10))).containsExactly("🌍".repeat(8), "🌍".repeat(2));
    assertThat(TextChunks.of("")).isEmpty();
    assertThat(TextChunks.of(null)).isEmpty();
  }
}
