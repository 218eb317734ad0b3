package io.microagents.temporal.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.temporal.activity.ActivityExecutionContext;
import io.temporal.activity.ActivityInfo;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * An activity that ends before a quarter of its heartbeat timeout sends no heartbeat (the
 * SDK would send the first one as a request of its own); one that blocks longer heartbeats.
 */
class HeartbeatsTest {

  private final AtomicInteger beats = new AtomicInteger();
  private final CountDownLatch beaten = new CountDownLatch(1);

  @Test
  void aQuickActivitySendsNoHeartbeat() throws Exception {
    assertThat(Heartbeats.whileRunning(context(Duration.ofSeconds(40)), () -> "done")).isEqualTo("done");
    Thread.sleep(300); // a beat due at once would have run by now
    assertThat(beats).hasValue(0);
  }

  @Test
  void aBlockedActivityHeartbeats() throws Exception {
    String result = Heartbeats.whileRunning(context(Duration.ofMillis(800)), () -> {
      assertThat(beaten.await(30, TimeUnit.SECONDS)).isTrue();
      return "done";
    });
    assertThat(result).isEqualTo("done");
    assertThat(beats.get()).isPositive();
  }

  @Test
  void withoutAHeartbeatTimeoutNothingBeats() throws Exception {
    assertThat(Heartbeats.whileRunning(context(Duration.ZERO), () -> "done")).isEqualTo("done");
    assertThat(beats).hasValue(0);
  }

  private ActivityExecutionContext context(Duration heartbeatTimeout) {
    ActivityInfo info = (ActivityInfo) Proxy.newProxyInstance(getClass().getClassLoader(),
        new Class<?>[] {ActivityInfo.class}, (proxy, method, args) -> switch (method.getName()) {
          case "getHeartbeatTimeout" -> heartbeatTimeout;
          case "toString" -> "info";
          default -> throw new UnsupportedOperationException(method.getName());
        });
    return (ActivityExecutionContext) Proxy.newProxyInstance(getClass().getClassLoader(),
        new Class<?>[] {ActivityExecutionContext.class}, (proxy, method, args) -> switch (method.getName()) {
          case "getInfo" -> info;
          case "heartbeat" -> {
            beats.incrementAndGet();
            beaten.countDown();
            yield null;
          }
          case "toString" -> "context";
          default -> throw new UnsupportedOperationException(method.getName());
        });
  }
}
