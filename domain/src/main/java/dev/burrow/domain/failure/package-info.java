/** The failures burrow reports, each with PostHog's code; adapters map the kinds to statuses. */
package dev.burrow.domain.failure;
