/**
 * The public web APIs the example tools call, and a local fake serving recorded answers
 * over real HTTP for tests and offline runs.
 */
package io.microagents.examples.web;
