/** Test support, shipped in the test-jar: fresh H2 and real PostgreSQL databases, for this module and bootstrap. */
package dev.burrow.jdbc.testing;
