/**
 * Resetting a forgotten password, as PostHog does: a link mailed to the address, carrying a stateless token in the
 * form of Django's {@code PasswordResetTokenGenerator}, signed with a secret every instance shares.
 */
package dev.burrow.application.reset;
