/** Organizations, projects, memberships and invites in burrow's own tables. */
package dev.burrow.jdbc.organization;
