package dev.burrow.http.auth;

import dev.burrow.domain.session.Session;
import io.javalin.http.Context;

import java.time.Duration;

/**
 * The cookies of a browser session, named as PostHog's web app expects them: {@code sessionid} carries the session
 * key (HttpOnly, so scripts cannot read it) and {@code posthog_csrftoken} the CSRF secret (readable, so the app
 * can echo it in {@code X-CSRFToken}). Both are SameSite=Lax, and Secure when the site is served over https.
 */
public final class SessionCookies {

    public static final String SESSION = "sessionid";
    public static final String CSRF = "posthog_csrftoken";
    private static final Duration CSRF_AGE = Duration.ofDays(364);

    private final boolean secure;

    public SessionCookies(String siteUrl) {
        this.secure = siteUrl.startsWith("https://");
    }

    /** Hands the browser a session: its key, and its CSRF secret. */
    public void open(Context ctx, Session.Opened opened) {
        Session session = opened.session();
        set(ctx, SESSION, opened.key(), lifetime(session), true);
        set(ctx, CSRF, session.csrfSecret().value(), CSRF_AGE, false);
    }

    /** Hands the browser the first half of a two-factor login: only the pending session, no CSRF secret yet. */
    public void pending(Context ctx, Session.Opened pending) {
        set(ctx, SESSION, pending.key(), lifetime(pending.session()), true);
    }

    /** From the last login, not the first: a re-authenticated session began earlier and lasts from now. */
    private static Duration lifetime(Session session) {
        return Duration.between(session.authenticatedAt(), session.expiresAt());
    }

    /** Makes the browser forget its session and its CSRF secret. */
    public void clear(Context ctx) {
        set(ctx, SESSION, "", Duration.ZERO, true);
        set(ctx, CSRF, "", Duration.ZERO, false);
    }

    public static String sessionKey(Context ctx) {
        return ctx.cookie(SESSION);
    }

    private void set(Context ctx, String name, String value, Duration maxAge, boolean httpOnly) {
        StringBuilder cookie = new StringBuilder(name).append('=').append(value)
                .append("; Path=/; Max-Age=").append(Math.max(0, maxAge.toSeconds())).append("; SameSite=Lax");
        if (httpOnly) {
            cookie.append("; HttpOnly");
        }
        if (secure) {
            cookie.append("; Secure");
        }
        ctx.res().addHeader("Set-Cookie", cookie.toString());
    }
}
