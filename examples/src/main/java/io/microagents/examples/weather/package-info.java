/**
 * The talk's weather demo: one agent whose model chains three web tools — IP address, US
 * state, National Weather Service alerts — and answers in haiku when no tool fits.
 */
package io.microagents.examples.weather;
