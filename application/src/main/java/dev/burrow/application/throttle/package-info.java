/**
 * Rate limits that hold across every server instance, and {@code SensitiveActions}: PostHog's recent-login and
 * fresh-login gates and the count of a sent {@code current_password} that the user, 2FA and GitHub use cases run
 * before they act.
 */
package dev.burrow.application.throttle;
