/**
 * The console's machinery, not an API: the JDK HTTP server's routes and access checks, the
 * pages (runs from visibility, a run, the inbox), the server-sent streams of a run's events
 * and of the inbox's changes, and the inbox's form posts as validated updates.
 */
package io.microagents.console.internal;
