/**
 * The machinery behind {@code io.microagents.temporal}: workflow and activity
 * implementations, the loop's workflow effects, activity option resolution, failure mapping.
 * Not a public API.
 */
package io.microagents.temporal.internal;
