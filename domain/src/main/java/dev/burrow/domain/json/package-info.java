/** JSON values the domain keeps but does not interpret. */
package dev.burrow.domain.json;
