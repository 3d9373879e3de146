/** Users in the {@code users} table, and the codes confirming their new addresses in {@code email_verifications}. */
package dev.burrow.jdbc.user;
