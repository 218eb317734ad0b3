package io.microagents.redis;

import java.util.regex.Pattern;

/**
 * A Redis stream id, {@code <milliseconds>-<sequence>}, both unsigned 64-bit numbers, ordered
 * as Redis orders them. Used to validate cursors and to name the id of a GAP marker.
 */
record StreamId(long ms, long seq) implements Comparable<StreamId> {

  /** The id before every entry: a cursor that reads a stream from its start. */
  static final StreamId ZERO = new StreamId(0, 0);

  private static final Pattern FORM = Pattern.compile("\\d{1,20}-\\d{1,20}");

  /** Parses an id; throws {@link IllegalArgumentException} naming it when it is not one. */
  static StreamId parse(String id) {
    if (id == null || !FORM.matcher(id).matches()) {
      throw new IllegalArgumentException("Not a cursor of this transport: '" + id
          + "' (expected a Redis stream id such as 1718000000000-0)");
    }
    int dash = id.indexOf('-');
    try {
      return new StreamId(Long.parseUnsignedLong(id.substring(0, dash)), Long.parseUnsignedLong(id.substring(dash + 1)));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("Not a cursor of this transport: '" + id + "' (a part exceeds 64 bits)", e);
    }
  }

  /** The greatest id below this one: reading after it starts exactly at this one. */
  StreamId predecessor() {
    if (seq != 0) {
      return new StreamId(ms, seq - 1);
    }
    return ms == 0 ? ZERO : new StreamId(ms - 1, -1L); // -1L is the largest unsigned sequence
  }

  @Override
  public int compareTo(StreamId other) {
    int byMs = Long.compareUnsigned(ms, other.ms);
    return byMs != 0 ? byMs : Long.compareUnsigned(seq, other.seq);
  }

  @Override
  public String toString() {
    return Long.toUnsignedString(ms) + "-" + Long.toUnsignedString(seq);
  }
}
