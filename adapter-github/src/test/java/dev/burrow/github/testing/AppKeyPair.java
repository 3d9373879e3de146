package dev.burrow.github.testing;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.util.Arrays;
import java.util.Base64;

/**
 * An RSA key pair for a GitHub App under test, with the private key in both PEM forms an operator meets: PKCS#1,
 * as GitHub hands it out, and PKCS#8, as {@code openssl pkcs8 -topk8} converts it.
 */
public final class AppKeyPair {

    private final KeyPair keys;

    private AppKeyPair(KeyPair keys) {
        this.keys = keys;
    }

    /** A fresh 2048-bit pair, as GitHub generates them. */
    public static AppKeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return new AppKeyPair(generator.generateKeyPair());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JDK generates RSA keys", e);
        }
    }

    /** One pair for the whole test run: generating a key takes long enough to matter when every test needs one. */
    public static AppKeyPair shared() {
        return Shared.PAIR;
    }

    public PublicKey publicKey() {
        return keys.getPublic();
    }

    /** {@code -----BEGIN PRIVATE KEY-----}. */
    public String pkcs8Pem() {
        return pem("PRIVATE KEY", keys.getPrivate().getEncoded());
    }

    /** {@code -----BEGIN RSA PRIVATE KEY-----}, what GitHub's "Generate a private key" downloads. */
    public String pkcs1Pem() {
        return pem("RSA PRIVATE KEY", pkcs1(keys.getPrivate().getEncoded()));
    }

    /**
     * The PKCS#1 key inside a PKCS#8 one: {@code PrivateKeyInfo ::= SEQUENCE { INTEGER version, SEQUENCE algorithm,
     * OCTET STRING privateKey }}, the last holding the PKCS#1 {@code RSAPrivateKey}.
     */
    private static byte[] pkcs1(byte[] pkcs8) {
        Der info = Der.at(pkcs8, 0, 0x30);
        Der version = Der.at(pkcs8, info.contentStart(), 0x02);
        Der algorithm = Der.at(pkcs8, version.end(), 0x30);
        Der key = Der.at(pkcs8, algorithm.end(), 0x04);
        return Arrays.copyOfRange(pkcs8, key.contentStart(), key.end());
    }

    private static String pem(String label, byte[] der) {
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
        return "-----BEGIN " + label + "-----\n" + body + "\n-----END " + label + "-----\n";
    }

    /** One DER element: where its content starts and where the element ends. */
    private record Der(int contentStart, int end) {

        static Der at(byte[] der, int offset, int expectedTag) {
            if ((der[offset] & 0xff) != expectedTag) {
                throw new IllegalStateException("unexpected DER tag at " + offset);
            }
            int first = der[offset + 1] & 0xff;
            int start = offset + 2;
            int length = first;
            if (first >= 0x80) {
                length = 0;
                for (int i = 0; i < (first & 0x7f); i++) {
                    length = (length << 8) | (der[start++] & 0xff);
                }
            }
            return new Der(start, start + length);
        }
    }

    private static final class Shared {
        static final AppKeyPair PAIR = generate();
    }
}
