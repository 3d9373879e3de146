package dev.burrow.http.auth;

import dev.burrow.domain.HostApi;

import io.javalin.http.Context;

import java.util.Optional;
import java.util.UUID;

/**
 * The inbound port through which the service burrow is mounted in turns its own sessions or tokens into burrow's
 * caller. It answers with the UUID of the burrow user the request comes from, or empty when the request carries no
 * credential of the host's; burrow then tries its own keys and sessions, unless the host's are the only ones
 * (see {@link dev.burrow.http.HttpSettings#withHostAuthentication}). A host caller holds every permission of
 * their user: the host has vouched for them. Changes sent from another site (a foreign {@code Origin}, or {@code
 * Sec-Fetch-Site: cross-site}) are refused for them as for burrow's own sessions; a host whose sessions are
 * cookies should still check CSRF its own way too.
 */
@HostApi
@FunctionalInterface
public interface HostAuthentication {

    Optional<UUID> caller(Context ctx);
}
