/** Rate limits that hold across every server instance. */
package dev.burrow.application.throttle;
