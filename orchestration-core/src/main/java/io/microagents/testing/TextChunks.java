package io.microagents.testing;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into the pieces a fake stream sends: word by word (each piece starts with the
 * whitespace before its word), long words cut further, never inside a surrogate pair. The
 * pieces concatenate to the text exactly.
 */
final class TextChunks {

  /** The longest piece, in code points: a long word or JSON text still streams in several. */
  static final int MAX_PIECE = 8;

  private TextChunks() {}

  /** The pieces of {@code text}; none for empty text. */
  static List<String> of(String text) {
    List<String> pieces = new ArrayList<>();
    if (text == null || text.isEmpty()) {
      return pieces;
    }
    for (String word : text.split("(?<=\\S)(?=\\s)")) {
      int start = 0;
      while (start < word.length()) {
        int end = word.length();
        if (word.codePointCount(start, end) > MAX_PIECE) {
          end = word.offsetByCodePoints(start, MAX_PIECE);
        }
        pieces.add(word.substring(start, end));
        start = end;
      }
    }
    return pieces;
  }
}
