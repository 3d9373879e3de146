/**
 * burrow as a library for a host JVM service: {@link dev.burrow.embedded.Burrow} composes the use cases and the
 * adapters from the host's data source and ports, and mounts the HTTP API into the host's Javalin app.
 */
package dev.burrow.embedded;
