/** Personal API keys in the {@code personal_api_keys} table. */
package dev.burrow.jdbc.apikey;
