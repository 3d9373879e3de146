/** The ports to the host's dashboards. */
package dev.burrow.application.dashboard;
