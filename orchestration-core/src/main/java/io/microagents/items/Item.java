package io.microagents.items;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * One entry of a conversation: what the model sees as input and produces as output.
 *
 * <p>Items are small immutable records serialized with Jackson; they are what crosses
 * workflow and activity boundaries, never a provider's own types.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
  @JsonSubTypes.Type(value = Message.class, name = "message"),
  @JsonSubTypes.Type(value = ToolCall.class, name = "tool_call"),
  @JsonSubTypes.Type(value = HandoffCall.class, name = "handoff_call"),
  @JsonSubTypes.Type(value = ToolOutput.class, name = "tool_output"),
  @JsonSubTypes.Type(value = Reasoning.class, name = "reasoning")
})
public sealed interface Item permits Message, ToolCall, HandoffCall, ToolOutput, Reasoning {}
