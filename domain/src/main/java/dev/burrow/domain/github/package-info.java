/** A user's links to GitHub App installations, and what burrow knows of them. */
package dev.burrow.domain.github;
