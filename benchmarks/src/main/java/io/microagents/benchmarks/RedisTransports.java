package io.microagents.benchmarks;

import io.microagents.redis.RedisStreamTransport;
import io.microagents.stream.StreamTransport;

/** Opens the Redis Streams transport for the benchmark's Redis path. */
final class RedisTransports {

  private RedisTransports() {}

  static StreamTransport open(String uri) {
    return RedisStreamTransport.builder().uri(uri).build();
  }
}
