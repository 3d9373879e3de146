/** Two-factor authentication: setup, validation, backup codes, status, and the check a login makes. */
package dev.burrow.application.twofactor;
