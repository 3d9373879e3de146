/** Two-factor authentication: TOTP devices, their codes, and backup codes. */
package dev.burrow.domain.twofactor;
