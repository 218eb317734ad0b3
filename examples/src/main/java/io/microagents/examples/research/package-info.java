/**
 * The just-code style: a research pipeline of micro-agents, each a child workflow, with a
 * person answering clarifying questions through an update and searches fanned out in
 * parallel and joined before the report is written.
 */
package io.microagents.examples.research;
