/**
 * Test doubles for users and for this project: {@link io.microagents.testing.ScriptedModel}
 * plays a script of model responses in-process; {@link io.microagents.testing.FakeOpenAiServer}
 * is an OpenAI-compatible HTTP server on 127.0.0.1 for testing the real client end to end,
 * faults included. Both stream: the same script answers {@code call} and {@code stream}.
 */
package io.microagents.testing;
