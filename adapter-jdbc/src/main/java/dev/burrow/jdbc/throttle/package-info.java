/** Rate limits in the {@code throttle_buckets} and {@code throttle_events} tables, shared by every server instance. */
package dev.burrow.jdbc.throttle;
