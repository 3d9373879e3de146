package dev.burrow.domain.twofactor;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.random.RandomGenerator;

/**
 * Backup codes for when the authenticator is lost: ten at a time, each eight lowercase base32 characters (five
 * random bytes), usable once, as django-otp makes them.
 */
public final class BackupCodes {

    public static final int COUNT = 10;
    private static final int BYTES = 5;

    private BackupCodes() {
    }

    public static List<String> generate(RandomGenerator random) {
        List<String> codes = new ArrayList<>(COUNT);
        for (int i = 0; i < COUNT; i++) {
            byte[] bytes = new byte[BYTES];
            random.nextBytes(bytes);
            codes.add(Base32.encode(bytes).toLowerCase(Locale.ROOT));
        }
        return List.copyOf(codes);
    }
}
