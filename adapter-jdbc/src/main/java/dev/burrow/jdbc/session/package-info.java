/** Browser sessions in the {@code sessions} table. */
package dev.burrow.jdbc.session;
