/**
 * The runnable examples of Microagents, one package each, and what they share: the catalog,
 * the session (embedded or real Temporal, scripted or real model, recorded or live web data)
 * and the step printer. Start with {@code examples/README.md}.
 */
package io.microagents.examples;
