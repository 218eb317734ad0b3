/**
 * OpenAI model adapters built on openai-java: {@link io.microagents.openai.OpenAiResponsesModel}
 * (Responses API), {@link io.microagents.openai.OpenAiChatCompletionsModel} (Chat Completions)
 * and {@link io.microagents.openai.OpenAiModelProvider}, configured by
 * {@link io.microagents.openai.OpenAiOptions}.
 *
 * <p>openai-java types stay inside this package: the adapters map the project's own
 * {@link io.microagents.model.ModelRequest} and items to the SDK's parameters and back. The
 * client never retries on its own ({@code maxRetries(0)}); failures surface as
 * {@link io.microagents.model.ModelException} saying whether a retry may help, so the caller
 * (a Temporal activity, typically) owns retries. Every request names its agent in the
 * {@link io.microagents.openai.AgentHeader} header.
 *
 * <p>Both adapters stream ({@link io.microagents.model.Model#stream}): they read the API's
 * event stream with openai-java's accumulators, pass each delta to the listener as it arrives,
 * and return the response a non-streamed call would; a stream cut off midway is a retryable
 * {@link io.microagents.model.ModelException}.
 */
package io.microagents.openai;
