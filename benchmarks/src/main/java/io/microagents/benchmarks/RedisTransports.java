package io.microagents.benchmarks;

import io.microagents.stream.StreamTransport;

/** Opens the Redis Streams transport for the benchmark's Redis path. */
final class RedisTransports {

  private RedisTransports() {}

  static StreamTransport open(String uri) {
    throw new UnsupportedOperationException("the Redis transport is not in this build yet");
  }
}
