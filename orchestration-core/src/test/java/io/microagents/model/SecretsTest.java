package io.microagents.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Secrets leave text before it becomes an error message. */
class SecretsTest {

  @Test
  void anythingShapedLikeAnOpenAiKeyIsRedacted() {
    assertThat(Secrets.redact("Incorrect API key provided: sk-test-SECRET-1234567890abcd."))
        .isEqualTo("Incorrect API key provided: [REDACTED].");
    assertThat(Secrets.redact("keys sk-proj-AbCdEf0123456789_xyz and sk-svcacct-0123456789abcdefgh"))
        .isEqualTo("keys [REDACTED] and [REDACTED]");
  }

  @Test
  void ordinaryTextIsLeftAlone() {
    assertThat(Secrets.redact("task-0123456789abcdefghij, sk-short, risk-free")).isEqualTo(
        "task-0123456789abcdefghij, sk-short, risk-free");
    assertThat(Secrets.redact(null)).isNull();
  }

  @Test
  void knownSecretsAreRedactedWhereverTheyAppear() {
    assertThat(Secrets.redact("token=proxy-token-0042;", "proxy-token-0042")).isEqualTo("token=[REDACTED];");
    assertThat(Secrets.redact("a short key", "short", null)).as("too short to redact safely").isEqualTo("a short key");
  }
}
