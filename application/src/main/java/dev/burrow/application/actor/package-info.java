/** The caller of a use case, as every slice sees it. */
package dev.burrow.application.actor;
