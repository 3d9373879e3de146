/** The secrets that sign password reset links, in the {@code signing_secrets} table. */
package dev.burrow.jdbc.reset;
