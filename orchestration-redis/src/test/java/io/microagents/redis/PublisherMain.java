package io.microagents.redis;

import io.microagents.stream.ModelDelta;
import io.microagents.stream.StreamEntry;

/**
 * A worker in a JVM of its own, for {@link CrossProcessTest}: publishes {@code count} text
 * deltas ("0", "1", …) and an END to one stream, closes the transport (which flushes), prints
 * {@code @@published} and exits.
 *
 * <p>Arguments: Redis URI, key prefix, stream key, count.
 */
public final class PublisherMain {

  private PublisherMain() {}

  public static void main(String[] args) {
    String uri = args[0];
    String prefix = args[1];
    String key = args[2];
    int count = Integer.parseInt(args[3]);
    try (RedisStreamTransport transport = RedisStreamTransport.builder().uri(uri).keyPrefix(prefix).build()) {
      for (int i = 0; i < count; i++) {
        transport.publish(key, StreamEntry.delta("call-1", 1, "writer", ModelDelta.text(Integer.toString(i))));
      }
      transport.publish(key, StreamEntry.end("call-1", 1, "writer"));
    }
    System.out.println("@@published " + count);
  }
}
