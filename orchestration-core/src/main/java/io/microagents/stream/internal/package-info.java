/**
 * Machinery shared by the models that stream: not part of the streaming API, may change
 * without notice.
 */
package io.microagents.stream.internal;
