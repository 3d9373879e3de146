/**
 * The language of burrow: users, their organizations and projects, their API keys. Pure Java: no framework type
 * appears here, and time and randomness come in from the caller.
 */
package dev.burrow.domain;
