/** Random tokens in PostHog's alphabets. */
package dev.burrow.domain.secret;
