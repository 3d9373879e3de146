package dev.burrow.jdbc.twofactor;

import dev.burrow.jdbc.database.GatheredProfile;
import dev.burrow.jdbc.database.ProfilePart;

/**
 * Whether the caller has a second factor (the user object's {@code is_2fa_enabled}), in a profile's one
 * statement: a condition over the caller. Another kind of second factor is one more {@code or exists (...)} here:
 * a TOTP device, or passkeys turned on for 2FA with a verified passkey (issue 13; what
 * {@code Ports.secondFactors} asks port by port).
 */
public final class SecondFactorProfilePart {

    private SecondFactorProfilePart() {
    }

    public static ProfilePart secondFactor() {
        return new ProfilePart.Flag("exists (select 1 from totp_devices t where t.user_id = c.id)"
                + " or (c.passkeys_enabled_for_2fa and exists (select 1 from webauthn_credentials w"
                + " where w.user_id = c.id and w.verified))", GatheredProfile::secondFactor);
    }
}
