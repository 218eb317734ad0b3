package io.microagents.model;

/**
 * Stands for the first {@code count} items of a conversation that the receiver already has
 * or can fetch, so that a model call need not carry the whole conversation again. The
 * digest ({@link ItemsDigest}) lets the receiver check it holds exactly those items.
 *
 * @param count how many leading items are referred to
 * @param digest the {@link ItemsDigest} of those items
 */
public record ItemsReference(int count, String digest) {}
