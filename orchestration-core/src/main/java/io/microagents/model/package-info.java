/**
 * The model SPI: {@link io.microagents.model.Model}, {@link io.microagents.model.ModelProvider}
 * and the serializable request and response records a model call takes and returns.
 */
package io.microagents.model;
