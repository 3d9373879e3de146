/** The personal API key management routes. */
package dev.burrow.http.apikey;
