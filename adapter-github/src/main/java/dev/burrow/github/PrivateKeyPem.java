package dev.burrow.github;

import java.io.ByteArrayOutputStream;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the GitHub App's private key from PEM text with the JDK alone. GitHub hands out PKCS#1 keys
 * ({@code BEGIN RSA PRIVATE KEY}), which the JDK cannot read, so they are wrapped into the PKCS#8 structure it can;
 * PKCS#8 keys ({@code BEGIN PRIVATE KEY}) are read as they are. A key that cannot be used is refused with what is
 * wrong with it and never with any of its content, since the message ends up in startup logs.
 */
final class PrivateKeyPem {

    private static final Pattern BLOCK = Pattern.compile("-----BEGIN ([A-Z0-9 ]+)-----(.*?)-----END \\1-----",
            Pattern.DOTALL);
    /** {@code SEQUENCE { OID rsaEncryption, NULL }}: the only algorithm a PKCS#1 key can be. */
    private static final byte[] RSA_ENCRYPTION = {
        0x30, 0x0d, 0x06, 0x09, 0x2a, (byte) 0x86, 0x48, (byte) 0x86, (byte) 0xf7, 0x0d, 0x01, 0x01, 0x01, 0x05, 0x00
    };
    private static final byte[] VERSION_0 = {0x02, 0x01, 0x00};
    private static final int SEQUENCE = 0x30;
    private static final int OCTET_STRING = 0x04;

    private PrivateKeyPem() {
    }

    static PrivateKey read(String pem) {
        // A key passed inline through an environment variable often arrives on one line, its breaks written "\n".
        Matcher block = BLOCK.matcher(pem.replace("\\n", "\n"));
        if (!block.find()) {
            throw refused("it is not PEM text (no -----BEGIN ...----- / -----END ...----- block)");
        }
        String label = block.group(1);
        String body = block.group(2);
        if (label.contains("ENCRYPTED") || body.contains("Proc-Type:")) {
            throw refused("it is encrypted; give it without a passphrase, as GitHub hands it out");
        }
        byte[] der;
        try {
            der = Base64.getDecoder().decode(body.replaceAll("\\s", ""));
        } catch (IllegalArgumentException e) {
            throw refused("the text between its BEGIN and END lines is not base64");
        }
        if ("RSA PRIVATE KEY".equals(label)) {
            der = pkcs8(der);
        } else if (!"PRIVATE KEY".equals(label)) {
            throw refused("it is a " + label + ", not an RSA PRIVATE KEY (PKCS#1) or a PRIVATE KEY (PKCS#8)");
        }
        try {
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der));
        } catch (GeneralSecurityException | RuntimeException e) {
            // The cause is left out: parsers may quote the bytes they choke on.
            throw refused("its content is not an RSA private key");
        }
    }

    /** {@code PrivateKeyInfo ::= SEQUENCE { version 0, rsaEncryption, OCTET STRING { the PKCS#1 key } }}. */
    private static byte[] pkcs8(byte[] pkcs1) {
        ByteArrayOutputStream info = new ByteArrayOutputStream();
        info.writeBytes(VERSION_0);
        info.writeBytes(RSA_ENCRYPTION);
        info.writeBytes(tagged(OCTET_STRING, pkcs1));
        return tagged(SEQUENCE, info.toByteArray());
    }

    private static byte[] tagged(int tag, byte[] content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(tag);
        int length = content.length;
        if (length < 0x80) {
            out.write(length);
        } else {
            int octets = (Integer.SIZE - Integer.numberOfLeadingZeros(length) + 7) / 8;
            out.write(0x80 | octets);
            for (int shift = 8 * (octets - 1); shift >= 0; shift -= 8) {
                out.write(length >>> shift);
            }
        }
        out.writeBytes(content);
        return out.toByteArray();
    }

    private static IllegalArgumentException refused(String why) {
        return new IllegalArgumentException("The GitHub App private key (GITHUB_APP_PRIVATE_KEY) cannot be used: "
                + why + ".");
    }
}
