/** Two-factor authentication routes and the setup QR code. */
package dev.burrow.http.twofactor;
