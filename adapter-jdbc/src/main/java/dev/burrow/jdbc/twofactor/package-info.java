/**
 * Two-factor authentication in the {@code totp_devices}, {@code backup_codes} and {@code two_factor_setups}
 * tables: every change a racing request could repeat is one conditional statement.
 */
package dev.burrow.jdbc.twofactor;
