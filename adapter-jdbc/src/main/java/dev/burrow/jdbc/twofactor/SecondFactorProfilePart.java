package dev.burrow.jdbc.twofactor;

import dev.burrow.jdbc.database.ProfilePart;

import java.util.List;

/**
 * Whether the caller has a second factor (the user object's {@code is_2fa_enabled}), in a profile's one
 * statement: one row when they have. Another kind of second factor is one more {@code or exists (...)} here.
 */
public final class SecondFactorProfilePart {

    private SecondFactorProfilePart() {
    }

    public static ProfilePart secondFactor() {
        return new ProfilePart(List.of(new ProfilePart.Column("f_second_factor", "true", "boolean")),
                "where exists (select 1 from totp_devices t where t.user_id = c.id)", "c.id", 0,
                (row, profile) -> profile.secondFactor());
    }
}
