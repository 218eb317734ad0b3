/** The starter's machinery: registry and provider building, per-agent settings, startup defaults and failure reports. */
package io.microagents.spring.internal;
