/**
 * burrow's storage in a relational database: {@link dev.burrow.jdbc.JdbcStorage} migrates the schema and hands out
 * every persistence port, on H2 (the embedded default) or PostgreSQL, from the same SQL.
 */
package dev.burrow.jdbc;
