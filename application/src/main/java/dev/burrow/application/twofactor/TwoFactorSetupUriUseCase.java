package dev.burrow.application.twofactor;

import dev.burrow.application.actor.Actor;

/** The {@code otpauth://} URI of the setup pending in the caller's session, for a QR code (404 when none is). */
public interface TwoFactorSetupUriUseCase {

    String setupUri(TwoFactorSetupUriQuery query);

    /** The URI is labelled with {@code issuer} and the caller's email address. */
    record TwoFactorSetupUriQuery(Actor actor, String issuer) {
    }
}
