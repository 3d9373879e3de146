/** The ports to what the host owns: organizations, projects, memberships and invites. */
package dev.burrow.application.organization;
