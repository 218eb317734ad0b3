/**
 * Printing a run's steps from the workflow histories the server recorded, so any client —
 * in the worker's process or not — shows what happens as it happens.
 */
package io.microagents.examples.steps;
