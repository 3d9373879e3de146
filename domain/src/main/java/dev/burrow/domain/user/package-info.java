/** The user: identity, preferences, notification settings and the organization they work in. */
package dev.burrow.domain.user;
