/** Passwords: the hasher port and Django's PBKDF2 format. */
package dev.burrow.application.credential;
