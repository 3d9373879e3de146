/** The transaction boundary use cases draw around their writes. */
package dev.burrow.application.transaction;
