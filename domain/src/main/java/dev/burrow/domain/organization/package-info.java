/** Organizations, projects and invites: owned by the host system, read by burrow. */
package dev.burrow.domain.organization;
