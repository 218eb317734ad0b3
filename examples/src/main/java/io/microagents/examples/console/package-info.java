/**
 * The web console for the examples: {@code examples/run console} serves
 * {@link io.microagents.console.MicroagentsConsole} on the examples' Temporal target, with
 * the research pipeline's questions in its inbox and a form that starts a research run, so a
 * person completes the example from the browser alone.
 */
package io.microagents.examples.console;
