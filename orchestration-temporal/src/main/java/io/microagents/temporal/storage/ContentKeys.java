package io.microagents.temporal.storage;

import com.google.protobuf.InvalidProtocolBufferException;
import io.temporal.api.common.v1.Payload;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * Content addresses of stored payloads: the lowercase hex SHA-256 of a payload's bytes. A
 * payload read back is checked against its address, so a corrupted or swapped object is an
 * error, never a wrong payload.
 */
public final class ContentKeys {

  private static final Pattern KEY = Pattern.compile("[0-9a-f]{64}");

  private ContentKeys() {}

  /** The address of these bytes. */
  public static String of(byte[] bytes) {
    return HexFormat.of().formatHex(sha256(bytes));
  }

  /** The SHA-256 of these bytes. */
  public static byte[] sha256(byte[] bytes) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(bytes);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }

  /** The address at the end of a key ({@code <prefix><64 hex digits>}), or {@code null} when it has none. */
  public static String addressIn(String key) {
    if (key == null || key.length() < 64) {
      return null;
    }
    String tail = key.substring(key.length() - 64);
    return KEY.matcher(tail).matches() ? tail : null;
  }

  /** The key itself, when it is one; an error naming it otherwise. */
  public static String check(String key) {
    if (key == null || !KEY.matcher(key).matches()) {
      throw new IllegalArgumentException("Not a payload key (64 hex digits): " + key);
    }
    return key;
  }

  /** The payload in these bytes, after checking they are the ones {@code key} names. */
  public static Payload parse(byte[] bytes, String key, String where) {
    String actual = of(bytes);
    if (!actual.equals(key)) {
      throw new IllegalStateException("Stored payload " + key + " (" + where + ") is corrupted: its bytes hash to " + actual);
    }
    try {
      return Payload.parseFrom(bytes);
    } catch (InvalidProtocolBufferException e) {
      throw new IllegalStateException("Stored payload " + key + " (" + where + ") is not a payload: " + e.getMessage(), e);
    }
  }
}
