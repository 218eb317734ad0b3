package io.microagents.redis;

import static org.assertj.core.api.Assertions.assertThat;

import io.lettuce.core.RedisURI;
import java.net.ConnectException;
import org.junit.jupiter.api.Test;

class RedisLinkTest {

  @Test
  void theServerIsNamedWithoutItsCredentials() {
    assertThat(RedisLink.address(RedisURI.create("redis://:s3cret@127.0.0.1:6390/2"))).isEqualTo("redis://127.0.0.1:6390/2");
    assertThat(RedisLink.address(RedisURI.create("rediss://user:s3cret@cache.internal:6380"))).isEqualTo("rediss://cache.internal:6380");
  }

  @Test
  void aCauseIsDescribedWithItsRootCauseOnOneLine() {
    Exception cause = new IllegalStateException("Unable to connect", new ConnectException("Connection refused"));
    assertThat(RedisLink.describe(cause))
        .isEqualTo("IllegalStateException: Unable to connect; caused by ConnectException: Connection refused");
    assertThat(RedisLink.describe(new java.nio.channels.ClosedChannelException())).isEqualTo("ClosedChannelException");
  }
}
