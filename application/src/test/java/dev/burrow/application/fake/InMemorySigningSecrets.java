package dev.burrow.application.fake;

import dev.burrow.application.reset.SigningSecretRepository;
import dev.burrow.application.reset.SigningSecrets;

/** Signing secrets in memory. */
public final class InMemorySigningSecrets implements SigningSecretRepository {

    private final InMemoryStore store;

    public InMemorySigningSecrets(InMemoryStore store) {
        this.store = store;
    }

    @Override
    public SigningSecrets secrets(String purpose, String candidate) {
        synchronized (store) {
            return store.signingSecrets.computeIfAbsent(purpose, p -> new SigningSecrets(candidate, null));
        }
    }

    @Override
    public void rotate(String purpose, String next) {
        synchronized (store) {
            SigningSecrets current = store.signingSecrets.get(purpose);
            store.signingSecrets.put(purpose, new SigningSecrets(next, current == null ? null : current.current()));
        }
    }
}
