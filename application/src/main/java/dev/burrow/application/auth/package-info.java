/** Who is calling: actors, credentials, and authenticating personal API keys. */
package dev.burrow.application.auth;
