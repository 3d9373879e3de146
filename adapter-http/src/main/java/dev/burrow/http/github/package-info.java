/** {@code /api/users/{uuid}/integrations/} and the GitHub link flow: a user's GitHub integrations on the wire. */
package dev.burrow.http.github;
