package io.microagents.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class StreamIdTest {

  @Test
  void idsParseAndOrderAsRedisOrdersThem() {
    assertThat(StreamId.parse("1718000000000-0")).isEqualTo(new StreamId(1718000000000L, 0));
    assertThat(StreamId.parse("5-10")).isGreaterThan(StreamId.parse("5-9")).isLessThan(StreamId.parse("6-0"));
    assertThat(StreamId.parse("18446744073709551615-0")).isGreaterThan(StreamId.parse("9223372036854775807-0"));
    assertThat(StreamId.parse("7-18446744073709551615").toString()).isEqualTo("7-18446744073709551615");
  }

  @Test
  void thePredecessorIsTheGreatestIdBefore() {
    assertThat(StreamId.parse("5-3").predecessor()).hasToString("5-2");
    assertThat(StreamId.parse("5-0").predecessor()).hasToString("4-18446744073709551615");
    assertThat(StreamId.parse("0-1").predecessor()).isEqualTo(StreamId.ZERO);
  }

  @Test
  void whatIsNotAStreamIdIsRefusedNamingIt() {
    assertThatThrownBy(() -> StreamId.parse("12")).hasMessageContaining("Not a cursor of this transport: '12'");
    assertThatThrownBy(() -> StreamId.parse("$")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> StreamId.parse("99999999999999999999-0")).hasMessageContaining("64 bits");
  }
}
