/** Browser sessions: how a login is kept, checked for freshness, and protected against cross-site requests. */
package dev.burrow.domain.session;
