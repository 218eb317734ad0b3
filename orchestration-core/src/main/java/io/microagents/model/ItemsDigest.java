package io.microagents.model;

import io.microagents.items.Item;
import io.microagents.json.Json;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * A SHA-256 over a list of items (their JSON, in order), built up item by item: the digest of
 * a list is the same however it was appended to. Deterministic, so workflow code may use it.
 */
public final class ItemsDigest {

  private final MessageDigest sha;
  private int count;

  public ItemsDigest() {
    this(newSha(), 0);
  }

  private ItemsDigest(MessageDigest sha, int count) {
    this.sha = sha;
    this.count = count;
  }

  /** The digest of these items. */
  public static String of(List<Item> items) {
    return new ItemsDigest().addAll(items).value();
  }

  /** Appends one item. */
  public ItemsDigest add(Item item) {
    sha.update(Json.write(item).getBytes(StandardCharsets.UTF_8));
    sha.update((byte) '\n');
    count++;
    return this;
  }

  /** Appends items in order. */
  public ItemsDigest addAll(List<Item> items) {
    items.forEach(this::add);
    return this;
  }

  /** How many items were added. */
  public int count() {
    return count;
  }

  /** The digest of the items so far, as hex; adding more afterwards is fine. */
  public String value() {
    return HexFormat.of().formatHex(copy().sha.digest());
  }

  /** An independent copy that goes on from here. */
  public ItemsDigest copy() {
    try {
      return new ItemsDigest((MessageDigest) sha.clone(), count);
    } catch (CloneNotSupportedException e) {
      throw new IllegalStateException("SHA-256 cannot be cloned here", e);
    }
  }

  private static MessageDigest newSha() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}
