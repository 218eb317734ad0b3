/**
 * The examples' command line (picocli): {@code list}, {@code run}, {@code worker},
 * {@code start}; errors end with one line and a non-zero status.
 */
package io.microagents.examples.cli;
