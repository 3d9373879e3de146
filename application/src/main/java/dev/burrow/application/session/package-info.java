/** Browser sessions: the port every slice uses to find, end and revoke them. */
package dev.burrow.application.session;
