package io.microagents.redis;

import io.lettuce.core.RedisClient;
import java.net.URI;
import java.net.URISyntaxException;

/** The Redis server of a test run (see {@link RedisServerExtension}). */
record RedisServer(URI uri) {

  String host() {
    return uri.getHost();
  }

  int port() {
    return uri.getPort();
  }

  /** The URI with another port, e.g. a {@link TcpProxy}'s; credentials and database kept. */
  String uriWithPort(int port) {
    try {
      return new URI(uri.getScheme(), uri.getUserInfo(), "127.0.0.1", port, uri.getPath(), uri.getQuery(), null).toString();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A plain Lettuce client, to look at what the transport wrote; shut it down after. */
  RedisClient client() {
    return RedisClient.create(uri.toString());
  }

  @Override
  public String toString() {
    return uri.toString();
  }
}
