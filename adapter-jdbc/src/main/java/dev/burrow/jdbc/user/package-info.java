/** Users in the {@code users} table. */
package dev.burrow.jdbc.user;
