package dev.burrow.http.auth;

import io.javalin.http.Context;

/**
 * Where a request really came from, for throttling. Behind {@code n} reverse proxies the client is the n-th
 * address from the right of {@code X-Forwarded-For} (each proxy appends the address it saw); entries further left
 * were written by the client itself and are not trusted. With fewer entries than proxies, every entry may be the
 * client's own: the connection's address is used then.
 */
public final class ClientAddress {

    private final int proxyHops;

    public ClientAddress(int proxyHops) {
        this.proxyHops = proxyHops;
    }

    public String of(Context ctx) {
        if (proxyHops == 0) {
            return ctx.ip();
        }
        String forwarded = ctx.header("X-Forwarded-For");
        if (forwarded == null || forwarded.isBlank()) {
            return ctx.ip();
        }
        String[] hops = forwarded.split(",");
        int index = hops.length - proxyHops;
        return index >= 0 ? hops[index].strip() : ctx.ip();
    }
}
