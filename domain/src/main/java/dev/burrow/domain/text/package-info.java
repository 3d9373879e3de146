/** Reading values from text with PostHog's rules. */
package dev.burrow.domain.text;
