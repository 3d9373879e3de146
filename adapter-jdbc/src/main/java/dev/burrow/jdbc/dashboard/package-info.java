/** Dashboards in burrow's own {@code dashboards} table, as far as burrow knows them: which project has which. */
package dev.burrow.jdbc.dashboard;
