/**
 * Durability shown, not told: a worker in a separate JVM is killed mid-run and replaced, and
 * the model calls both workers made are counted to show that none was repeated.
 */
package io.microagents.examples.durability;
