package dev.burrow.github;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.burrow.domain.failure.BurrowException;
import dev.burrow.domain.failure.UnavailableException;
import dev.burrow.domain.failure.UpstreamException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * Exchanges with GitHub: the headers GitHub asks of every client, a bound on how long each may take, and GitHub's
 * failures turned into burrow's. Clients learn what went wrong in burrow's words, never GitHub's body; the log gets
 * the status and GitHub's request id, never a credential.
 */
final class GithubHttp {

    private static final Logger LOG = LoggerFactory.getLogger(GithubHttp.class);
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String API_VERSION = "2022-11-28";
    private static final String USER_AGENT = "burrow";
    /** A page of 100 repositories is about half a megabyte; anything far beyond is not an answer to read. */
    static final int MAX_BODY_BYTES = 16 * 1024 * 1024;
    /** GitHub's advice when it limits a client without saying for how long. */
    private static final long DEFAULT_WAIT_SECONDS = 60;

    private final Duration timeout;
    private final Clock clock;
    /** Built on first use: building it sets up TLS, a fifth of a second of a start that may never call GitHub. */
    private HttpClient client;

    GithubHttp(Duration timeout, Clock clock) {
        this.timeout = timeout;
        this.clock = clock;
    }

    private synchronized HttpClient client() {
        if (client == null) {
            // HTTP/1.1: on plain http (a stub, some GitHub Enterprise proxies) HTTP/2 would first try an h2c upgrade.
            client = HttpClient.newBuilder()
                    .version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(timeout)
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .build();
        }
        return client;
    }

    /** A request with the headers GitHub asks of every client, bearing {@code credential} unless it is null. */
    HttpRequest.Builder request(URI uri, String credential) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                .timeout(timeout)
                .header("Accept", "application/vnd.github+json")
                .header("X-GitHub-Api-Version", API_VERSION)
                .header("User-Agent", USER_AGENT);
        return credential == null ? request : request.header("Authorization", "Bearer " + credential);
    }

    /** GitHub's answer, whatever its status; fails only when GitHub cannot be reached or does not answer in time. */
    Answer send(HttpRequest request) {
        String call = request.method() + " " + request.uri().getPath();
        // The request's own timeout stops waiting once the headers are in; this bound covers the body too.
        CompletableFuture<HttpResponse<byte[]>> pending =
                client().sendAsync(request, info -> new BoundedBody(MAX_BODY_BYTES));
        try {
            HttpResponse<byte[]> response = pending.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return new Answer(call, response.statusCode(), response.headers(), response.body());
        } catch (TimeoutException e) {
            pending.cancel(true);
            throw tooSlow(call);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof HttpTimeoutException) {
                throw tooSlow(call);
            }
            if (e.getCause() instanceof BoundedBody.TooLarge) {
                LOG.warn("GitHub answered {} with more than {} bytes", call, MAX_BODY_BYTES);
                throw new UpstreamException("github_bad_response", "GitHub's answer was larger than burrow reads.");
            }
            LOG.warn("GitHub could not be reached for {}: {}", call, e.getCause().toString());
            throw new UpstreamException("github_unavailable", "GitHub could not be reached.");
        } catch (InterruptedException e) {
            pending.cancel(true);
            Thread.currentThread().interrupt();
            throw new UpstreamException("github_unavailable", "The call to GitHub was interrupted.");
        }
    }

    /**
     * The JSON object of a successful answer, or the failure its status means; {@code notFound}, when not null,
     * says what a 404 means for this call.
     */
    JsonNode json(Answer answer, Supplier<UpstreamException> notFound) {
        if (!answer.succeeded()) {
            throw failure(answer, notFound);
        }
        try {
            JsonNode body = MAPPER.readTree(answer.body());
            if (body != null && body.isObject()) {
                return body;
            }
        } catch (IOException e) {
            // Falls through: a body that is not JSON is as unreadable as JSON that is not an object.
        }
        throw unreadable(answer);
    }

    /** What an answer that is not a success means: GitHub is down, limits the App, or refused the call. */
    BurrowException failure(Answer answer, Supplier<UpstreamException> notFound) {
        int status = answer.status();
        LOG.warn("GitHub answered {} with HTTP {} (request id {})", answer.call(), status, answer.requestId());
        OptionalLong wait = rateLimitWait(answer);
        if (wait.isPresent()) {
            long seconds = wait.getAsLong();
            return new UnavailableException("github_rate_limited", "GitHub's rate limit for this App is spent; "
                    + "try again in " + seconds + (seconds == 1 ? " second." : " seconds."), seconds);
        }
        if (status >= 500) {
            return new UpstreamException("github_unavailable",
                    "GitHub answered with an error (HTTP " + status + ").");
        }
        return switch (status) {
            case 401 -> new UpstreamException("github_unauthorized", "GitHub refused burrow's credentials (HTTP 401).");
            case 403 -> new UpstreamException("github_forbidden", "GitHub refused the request (HTTP 403).");
            case 404 -> notFound != null ? notFound.get()
                    : new UpstreamException("github_not_found", "GitHub does not know what was asked (HTTP 404).");
            default -> new UpstreamException("github_error",
                    "GitHub answered with an unexpected status (HTTP " + status + ").");
        };
    }

    /** The failure for a successful answer that lacks what GitHub documents. */
    UpstreamException unreadable(Answer answer) {
        return unreadable(answer.call() + " (request id " + answer.requestId() + ")");
    }

    /** The failure for a successful answer to {@code call} that lacks what GitHub documents. */
    UpstreamException unreadable(String call) {
        LOG.warn("GitHub's answer to {} cannot be read", call);
        return new UpstreamException("github_bad_response", "GitHub's answer could not be read.");
    }

    /**
     * How long GitHub asks the App to wait, when the answer is a rate limit: a {@code retry-after} (secondary limits),
     * or the reset time of a spent primary limit; a 429 that says neither gets GitHub's advised minute. A 403 that
     * says neither is a refusal, not a limit.
     */
    private OptionalLong rateLimitWait(Answer answer) {
        if (answer.status() != 403 && answer.status() != 429) {
            return OptionalLong.empty();
        }
        HttpHeaders headers = answer.headers();
        OptionalLong retryAfter = seconds(headers, "retry-after");
        if (retryAfter.isPresent()) {
            return OptionalLong.of(Math.max(1, retryAfter.getAsLong()));
        }
        if (headers.firstValue("x-ratelimit-remaining").map(String::strip).filter("0"::equals).isPresent()) {
            OptionalLong reset = seconds(headers, "x-ratelimit-reset");
            long wait = reset.isPresent()
                    ? reset.getAsLong() - clock.instant().getEpochSecond() : DEFAULT_WAIT_SECONDS;
            return OptionalLong.of(Math.max(1, wait));
        }
        return answer.status() == 429 ? OptionalLong.of(DEFAULT_WAIT_SECONDS) : OptionalLong.empty();
    }

    private static OptionalLong seconds(HttpHeaders headers, String name) {
        try {
            return headers.firstValue(name).map(value -> OptionalLong.of(Long.parseLong(value.strip())))
                    .orElse(OptionalLong.empty());
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }

    private UpstreamException tooSlow(String call) {
        LOG.warn("GitHub did not answer {} within {}", call, timeout);
        return new UpstreamException("github_unavailable", "GitHub did not answer in time.");
    }

    /** GitHub's answer to {@code call} (method and path, which never hold a credential). */
    record Answer(String call, int status, HttpHeaders headers, byte[] body) {

        boolean succeeded() {
            return status >= 200 && status < 300;
        }

        String requestId() {
            return headers.firstValue("x-github-request-id").orElse("unknown");
        }
    }
}
