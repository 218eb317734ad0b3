package io.microagents.examples.steps;

import static org.assertj.core.api.Assertions.assertThat;

import io.microagents.examples.StepPrinter;
import io.temporal.api.enums.v1.TimeoutType;
import io.temporal.api.failure.v1.Failure;
import io.temporal.api.failure.v1.TimeoutFailureInfo;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** What a failed attempt's line says: never nothing, a timeout with its length, the cause's end kept. */
class FailureTextTest {

  private static final ActivityTimeouts MODEL_CALL =
      new ActivityTimeouts(Duration.ofMinutes(2), Duration.ofSeconds(10), Duration.ZERO, Duration.ZERO);

  private static Failure timeout(TimeoutType type) {
    return Failure.newBuilder().setMessage("").setTimeoutFailureInfo(TimeoutFailureInfo.newBuilder().setTimeoutType(type))
        .build();
  }

  @Test
  void aTimedOutAttemptSaysAfterHowLong() {
    assertThat(FailureText.of(timeout(TimeoutType.TIMEOUT_TYPE_START_TO_CLOSE), MODEL_CALL))
        .isEqualTo("timed out after 2m");
    assertThat(FailureText.of(timeout(TimeoutType.TIMEOUT_TYPE_HEARTBEAT), MODEL_CALL))
        .isEqualTo("no heartbeat for 10s (the worker died or hung)");
    assertThat(FailureText.of(timeout(TimeoutType.TIMEOUT_TYPE_START_TO_CLOSE), ActivityTimeouts.UNKNOWN))
        .isEqualTo("timed out (start-to-close)");
    assertThat(ActivityTimeouts.brief(Duration.ofSeconds(90))).isEqualTo("1m30s");
  }

  @Test
  void causesAreJoinedOnceEach() {
    Failure failure = Failure.newBuilder().setMessage("model call failed")
        .setCause(Failure.newBuilder().setMessage("Connection refused: localhost/127.0.0.1:11434")).build();

    assertThat(FailureText.of(failure, MODEL_CALL)).isEqualTo("model call failed: Connection refused: localhost/127.0.0.1:11434");
    assertThat(FailureText.of(Failure.newBuilder().setMessage("").build(), MODEL_CALL)).isEqualTo("failed, without a message");
  }

  @Test
  void aLongFailureLosesItsMiddleNotTheAddressAtItsEnd() {
    String message = "I/O error on POST request: " + "x".repeat(500) + " Failed to connect to api.example.test/10.1.2.3:443";

    String shown = FailureText.of(Failure.newBuilder().setMessage(message).build(), MODEL_CALL);

    assertThat(shown).hasSizeLessThanOrEqualTo(FailureText.MAX).startsWith("I/O error on POST request")
        .contains(" ... ").endsWith("Failed to connect to api.example.test/10.1.2.3:443");
    assertThat(StepPrinter.shortenKeepingEnd("short", 10)).isEqualTo("short");
  }
}
