/** Personal API keys: where they are kept, and the user's own management of them. */
package dev.burrow.application.apikey;
