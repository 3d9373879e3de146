/** Who is calling: authenticating personal API keys and browser sessions into actors. */
package dev.burrow.application.auth;
