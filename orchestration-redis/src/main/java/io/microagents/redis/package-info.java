/**
 * Live model output over Redis Streams: {@link io.microagents.redis.RedisStreamTransport}
 * carries the entries of run streams ({@link io.microagents.stream.StreamEntry}) from the
 * workers that make model calls to clients in other processes. Redis holds only the recent
 * part of each stream, trimmed by length and deleted some time after its last write; the
 * finished responses are in the runs' histories, so nothing here needs to be durable. When
 * entries are lost (trimmed, dropped from a full queue, or while Redis was down), readers get
 * a GAP marker where they are missing.
 */
package io.microagents.redis;
