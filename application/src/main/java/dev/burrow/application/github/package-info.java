/** A user's GitHub integrations: linking installations, listing them and their repositories, unlinking. */
package dev.burrow.application.github;
