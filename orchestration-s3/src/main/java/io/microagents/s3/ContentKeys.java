package io.microagents.s3;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Content addressing: an object's key ends in the lowercase hex SHA-256 of its bytes, so the
 * same payload always lands on the same key and a retrieved object can be checked against the
 * key it was asked for.
 */
final class ContentKeys {

  /** Length of a hex SHA-256. */
  static final int HASH_LENGTH = 64;

  private ContentKeys() {}

  /** SHA-256 of {@code bytes}. */
  static byte[] sha256(byte[] bytes) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(bytes);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JVM has no SHA-256", e);   // every JVM must have it
    }
  }

  /** Lowercase hex of a digest. */
  static String hex(byte[] digest) {
    return HexFormat.of().formatHex(digest);
  }

  /** Lowercase hex SHA-256 of {@code bytes}. */
  static String sha256Hex(byte[] bytes) {
    return hex(sha256(bytes));
  }

  /** The hash a key names (its last 64 characters), or {@code null} if it does not end in one. */
  static String hashOf(String key) {
    if (key.length() < HASH_LENGTH) {
      return null;
    }
    String tail = key.substring(key.length() - HASH_LENGTH);
    for (int i = 0; i < tail.length(); i++) {
      char c = tail.charAt(i);
      if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f')) {
        return null;
      }
    }
    return tail;
  }
}
