package dev.burrow.github;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Signature;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The App's proof that it is itself: a short-lived JWT signed RS256 with its private key, the only credential GitHub
 * takes for asking installation tokens and for removing installations.
 */
final class AppJwt {

    /** GitHub's advice: issued a minute ago, so a clock a little ahead of GitHub's is not refused. */
    private static final Duration BACKDATE = Duration.ofSeconds(60);
    /** GitHub refuses a JWT that lives more than ten minutes; nine leave room for clock drift the other way. */
    private static final Duration LIFETIME = Duration.ofMinutes(9);
    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();
    private static final String HEADER = BASE64URL.encodeToString(
            "{\"alg\":\"RS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final String appId;
    private final PrivateKey key;

    AppJwt(String appId, PrivateKey key) {
        this.appId = appId;
        this.key = key;
    }

    String sign(Instant now) {
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("iat", now.minus(BACKDATE).getEpochSecond());
        claims.put("exp", now.plus(LIFETIME).getEpochSecond());
        claims.put("iss", appId);
        try {
            String signed = HEADER + "." + BASE64URL.encodeToString(MAPPER.writeValueAsBytes(claims));
            Signature signature = Signature.getInstance("SHA256withRSA");
            signature.initSign(key);
            signature.update(signed.getBytes(StandardCharsets.US_ASCII));
            return signed + "." + BASE64URL.encodeToString(signature.sign());
        } catch (JsonProcessingException | GeneralSecurityException e) {
            // The key was read as an RSA key at startup and every JDK signs SHA256withRSA.
            throw new IllegalStateException("could not sign the GitHub App JWT", e);
        }
    }
}
