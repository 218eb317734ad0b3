package io.microagents.openai;

/** Which OpenAI API a {@link OpenAiModelProvider} calls. */
public enum OpenAiApi {
  /** The Responses API, {@code POST /responses}: the default. */
  RESPONSES,
  /** The Chat Completions API, {@code POST /chat/completions}: for compatible servers. */
  CHAT_COMPLETIONS
}
