/**
 * A customer-service conversation as a long-lived workflow driven by updates, with
 * handoffs both ways between triage, FAQ and seat booking and an on-handoff callback.
 */
package io.microagents.examples.customerservice;
