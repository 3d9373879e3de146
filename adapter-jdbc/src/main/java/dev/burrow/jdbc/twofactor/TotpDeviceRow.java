package dev.burrow.jdbc.twofactor;

import dev.burrow.domain.twofactor.TotpDevice;
import dev.burrow.domain.twofactor.TotpSecret;
import dev.burrow.domain.user.UserId;

import java.time.Instant;

/** One row of {@code totp_devices}; the secret in hex, as django-otp keeps it. */
record TotpDeviceRow(long userId, String secretHex, long lastStep, int failures, Instant lastFailureAt,
                     Instant createdAt) {

    static TotpDeviceRow of(TotpDevice device) {
        return new TotpDeviceRow(device.userId().value(), device.secret().hex(), device.lastStep(), device.failures(),
                device.lastFailureAt(), device.createdAt());
    }

    TotpDevice toDevice() {
        return TotpDevice.restore(new UserId(userId), TotpSecret.ofHex(secretHex), lastStep, failures, lastFailureAt,
                createdAt);
    }

    /** Never print the secret by accident. */
    @Override
    public String toString() {
        return "TotpDeviceRow[userId=" + userId + ", secretHex=***, lastStep=" + lastStep + ", failures=" + failures
                + ", lastFailureAt=" + lastFailureAt + ", createdAt=" + createdAt + "]";
    }
}
