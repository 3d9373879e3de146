package dev.burrow.bootstrap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.virtualauthenticator.Credential;
import org.openqa.selenium.virtualauthenticator.VirtualAuthenticator;
import org.openqa.selenium.virtualauthenticator.VirtualAuthenticatorOptions;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Debian's Chromium, driven through its chromedriver, with Chrome's virtual authenticator standing in for a
 * platform passkey (CTAP2, internal transport, resident keys, user verification that always succeeds). Everything
 * the page does goes through {@code fetch} and {@code navigator.credentials} in the page itself, as PostHog's web
 * app does, so the browser applies its own rules: the origin, the secure context, the cookies, the WebAuthn
 * client checks.
 *
 * <p>Without the two binaries the test is skipped with the reason; where {@value #REQUIRED} is {@code true} (as
 * {@code .ci/run} sets it) it fails instead, so CI can never skip it.
 */
final class Chromium implements AutoCloseable {

    static final String REQUIRED = "BURROW_BROWSER_TEST_REQUIRED";
    /** Where Debian's packages put them; the system properties name others (another distribution's, say). */
    private static final Path CHROMIUM = Path.of(System.getProperty("burrow.chromium", "/usr/bin/chromium"));
    private static final Path CHROMEDRIVER =
            Path.of(System.getProperty("burrow.chromedriver", "/usr/bin/chromedriver"));
    /** A ceremony or a call takes well under a second; this allows for a machine busy with other builds. */
    private static final Duration SCRIPT_TIMEOUT = Duration.ofSeconds(60);
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /**
     * base64url to and from ArrayBuffer, and the JSON a client library ({@code @simplewebauthn/browser}, which
     * PostHog's app uses) makes of a credential: each script begins with these.
     */
    private static final String PRELUDE = """
            const done = arguments[arguments.length - 1];
            const fromB64 = s => {
              const b = atob(s.replace(/-/g, '+').replace(/_/g, '/') + '==='.slice((s.length + 3) % 4));
              return Uint8Array.from(b, c => c.charCodeAt(0)).buffer;
            };
            const toB64 = buf => btoa(String.fromCharCode(...new Uint8Array(buf)))
              .replace(/\\+/g, '-').replace(/\\//g, '_').replace(/=+$/, '');
            const descriptors = list => (list || []).map(c => ({...c, id: fromB64(c.id)}));
            const failed = e => done(JSON.stringify({error: e.name + ': ' + e.message}));
            """;

    private final ChromeDriverService service;
    private final ChromeDriver driver;
    private final VirtualAuthenticator authenticator;

    private Chromium(ChromeDriverService service, ChromeDriver driver, VirtualAuthenticator authenticator) {
        this.service = service;
        this.driver = driver;
        this.authenticator = authenticator;
    }

    /** Starts headless Chromium with a fresh profile in {@code profile}, or skips the test (see the class). */
    static Chromium start(Path profile) throws IOException {
        List<Path> missing = List.of(CHROMIUM, CHROMEDRIVER).stream().filter(p -> !Files.isExecutable(p)).toList();
        if (!missing.isEmpty()) {
            String reason = "needs Debian's chromium and chromium-driver (apt-get install chromium chromium-driver);"
                    + " missing " + missing;
            if (Boolean.parseBoolean(System.getenv(REQUIRED))) {
                fail(reason + ", and " + REQUIRED + " says this test must run");
            }
            assumeTrue(false, reason);
        }
        Path userData = Files.createDirectories(profile.resolve("chromium-profile"));
        ChromeOptions options = new ChromeOptions()
                .setBinary(CHROMIUM.toFile())
                // As root Chromium needs --no-sandbox; the rest keep it from calling out to Google's hosts, which
                // this machine's closed network refuses, many at a time.
                .addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        "--disable-dev-shm-usage", "--user-data-dir=" + userData);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .withLogFile(profile.resolve("chromedriver.log").toFile())
                .build();
        ChromeDriver driver;
        try {
            driver = new ChromeDriver(service, options);
        } catch (RuntimeException e) {
            service.stop();
            throw e;
        }
        try {
            driver.manage().timeouts().scriptTimeout(SCRIPT_TIMEOUT);
            VirtualAuthenticator authenticator = driver.addVirtualAuthenticator(new VirtualAuthenticatorOptions()
                    .setProtocol(VirtualAuthenticatorOptions.Protocol.CTAP2)
                    .setTransport(VirtualAuthenticatorOptions.Transport.INTERNAL)
                    .setHasResidentKey(true)
                    .setHasUserVerification(true)
                    .setIsUserVerified(true)
                    .setIsUserConsenting(true));
            return new Chromium(service, driver, authenticator);
        } catch (RuntimeException e) {
            driver.quit();
            service.stop();
            throw e;
        }
    }

    /** Loads {@code url}: the page whose origin every later call and ceremony runs in. */
    void open(String url) {
        driver.get(url);
    }

    String origin() {
        return (String) driver.executeScript("return window.location.origin;");
    }

    boolean secureContext() {
        return Boolean.TRUE.equals(driver.executeScript("return window.isSecureContext;"));
    }

    /**
     * {@code fetch(path)} from the page, with the page's cookies and, as PostHog's app sends it, the CSRF secret
     * from the {@code posthog_csrftoken} cookie in {@code X-CSRFToken}; {@code body} is JSON or null.
     */
    Answer call(String method, String path, String body) {
        JsonNode result = run("""
                const [method, path, body] = arguments;
                const csrf = document.cookie.split('; ').find(c => c.startsWith('posthog_csrftoken='));
                const headers = {};
                if (csrf) headers['X-CSRFToken'] = csrf.substring('posthog_csrftoken='.length);
                if (body !== null) headers['Content-Type'] = 'application/json';
                fetch(path, {method, headers, credentials: 'same-origin', body: body === null ? undefined : body})
                  .then(async r => done(JSON.stringify({status: r.status, body: await r.text()})))
                  .catch(failed);
                """, method, path, body);
        String text = result.get("body").asText();
        try {
            return new Answer(result.get("status").asInt(), text, text.isEmpty() ? null : MAPPER.readTree(text));
        } catch (IOException e) {
            return new Answer(result.get("status").asInt(), text, null);
        }
    }

    /**
     * {@code navigator.credentials.create} with creation options as the server sent them (base64url strings for
     * the binary fields); answers the new credential as a client library posts it, or {@code {"error": ...}}.
     */
    JsonNode create(JsonNode creationOptions) {
        return run("""
                const options = JSON.parse(arguments[0]);
                options.challenge = fromB64(options.challenge);
                options.user.id = fromB64(options.user.id);
                options.excludeCredentials = descriptors(options.excludeCredentials);
                navigator.credentials.create({publicKey: options}).then(c => done(JSON.stringify({
                  id: c.id, rawId: toB64(c.rawId), type: c.type,
                  response: {clientDataJSON: toB64(c.response.clientDataJSON),
                             attestationObject: toB64(c.response.attestationObject),
                             transports: c.response.getTransports()},
                  clientExtensionResults: c.getClientExtensionResults(),
                  authenticatorAttachment: c.authenticatorAttachment}))).catch(failed);
                """, creationOptions.toString());
    }

    /**
     * {@code navigator.credentials.get} with request options as the server sent them; answers the assertion as a
     * client library posts it, or {@code {"error": ...}}.
     */
    JsonNode get(JsonNode requestOptions) {
        return run("""
                const options = JSON.parse(arguments[0]);
                options.challenge = fromB64(options.challenge);
                options.allowCredentials = descriptors(options.allowCredentials);
                navigator.credentials.get({publicKey: options}).then(c => done(JSON.stringify({
                  id: c.id, rawId: toB64(c.rawId), type: c.type,
                  response: {authenticatorData: toB64(c.response.authenticatorData),
                             clientDataJSON: toB64(c.response.clientDataJSON),
                             signature: toB64(c.response.signature),
                             userHandle: c.response.userHandle === null ? null : toB64(c.response.userHandle)},
                  clientExtensionResults: c.getClientExtensionResults(),
                  authenticatorAttachment: c.authenticatorAttachment}))).catch(failed);
                """, requestOptions.toString());
    }

    /** The credentials the virtual authenticator holds. */
    List<Credential> credentials() {
        return authenticator.getCredentials();
    }

    private JsonNode run(String script, Object... arguments) {
        Object result = ((JavascriptExecutor) driver).executeAsyncScript(PRELUDE + script, arguments);
        try {
            return MAPPER.readTree((String) result);
        } catch (IOException e) {
            throw new IllegalStateException("the page answered no JSON: " + result, e);
        }
    }

    /** Quits Chromium and stops chromedriver: neither outlives the test. */
    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            service.stop();
        }
    }

    /** A {@code fetch} answer: its status, its text and, when it is JSON, the JSON (else null). */
    record Answer(int status, String text, JsonNode json) {

        @Override
        public String toString() {
            return status + " " + text;
        }
    }
}
