/** What every slice of the adapter shares: JDBI set up once, transactions, JSON columns, constraint violations. */
package dev.burrow.jdbc.database;
