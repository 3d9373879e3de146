/** Personal API keys: how they are issued, stored, matched and what their scopes allow. */
package dev.burrow.domain.apikey;
