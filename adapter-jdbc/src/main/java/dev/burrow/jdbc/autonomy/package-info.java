/** Users' signal autonomy settings in the {@code signal_autonomy_configs} table, one row per user at most. */
package dev.burrow.jdbc.autonomy;
