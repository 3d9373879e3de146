package dev.burrow.application.fake;

import dev.burrow.application.passkey.WebauthnCredentialRepository;
import dev.burrow.domain.passkey.WebauthnCredential;
import dev.burrow.domain.user.User;
import dev.burrow.domain.user.UserId;

import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** Passkeys in memory. */
public final class InMemoryWebauthnCredentials implements WebauthnCredentialRepository {

    private final InMemoryStore store;

    public InMemoryWebauthnCredentials(InMemoryStore store) {
        this.store = store;
    }

    @Override
    public boolean add(WebauthnCredential credential) {
        synchronized (store) {
            if (!store.users.containsKey(credential.userId().value())) {
                throw new IllegalStateException("no user " + credential.userId());
            }
            if (store.webauthnCredentials.values().stream()
                    .anyMatch(other -> Arrays.equals(other.credentialId(), credential.credentialId()))) {
                return false;
            }
            store.webauthnCredentials.put(credential.id(), credential);
            return true;
        }
    }

    @Override
    public Optional<WebauthnCredential> byId(UUID id) {
        synchronized (store) {
            return Optional.ofNullable(store.webauthnCredentials.get(id));
        }
    }

    @Override
    public Optional<WebauthnCredential> byCredentialId(byte[] credentialId) {
        synchronized (store) {
            return store.webauthnCredentials.values().stream()
                    .filter(credential -> Arrays.equals(credential.credentialId(), credentialId)).findFirst();
        }
    }

    @Override
    public List<WebauthnCredential> ofUser(UserId userId) {
        synchronized (store) {
            return store.webauthnCredentials.values().stream().filter(credential -> credential.userId().equals(userId))
                    .sorted(Comparator.comparing(WebauthnCredential::createdAt)
                            .thenComparing(WebauthnCredential::id).reversed())
                    .toList();
        }
    }

    @Override
    public boolean hasVerified(UserId userId) {
        synchronized (store) {
            return store.webauthnCredentials.values().stream()
                    .anyMatch(credential -> credential.userId().equals(userId) && credential.verified());
        }
    }

    @Override
    public Set<UserId> withPasskeySecondFactor(Collection<UserId> users) {
        synchronized (store) {
            return users.stream().filter(id -> {
                User user = store.users.get(id.value());
                return user != null && Boolean.TRUE.equals(user.preferences().passkeysEnabledFor2fa())
                        && hasVerified(id);
            }).collect(Collectors.toSet());
        }
    }

    @Override
    public boolean rename(UUID id, String label) {
        return change(id, credential -> true, credential -> WebauthnCredential.restore(credential.id(),
                credential.userId(), credential.credentialId(), label, credential.publicKey(), credential.algorithm(),
                credential.counter(), credential.transports(), credential.verified(), credential.createdAt()));
    }

    @Override
    public boolean markVerified(UUID id, long counter) {
        return change(id, credential -> !credential.verified(), credential -> WebauthnCredential.restore(
                credential.id(), credential.userId(), credential.credentialId(), credential.label(),
                credential.publicKey(), credential.algorithm(), counter, credential.transports(), true,
                credential.createdAt()));
    }

    @Override
    public boolean advanceCounter(UUID id, long counter) {
        return change(id, credential -> counter > credential.counter() || (counter == 0 && credential.counter() == 0),
                credential -> WebauthnCredential.restore(credential.id(), credential.userId(),
                        credential.credentialId(), credential.label(), credential.publicKey(), credential.algorithm(),
                        counter, credential.transports(), credential.verified(), credential.createdAt()));
    }

    @Override
    public boolean delete(UUID id) {
        synchronized (store) {
            return store.webauthnCredentials.remove(id) != null;
        }
    }

    private boolean change(UUID id, java.util.function.Predicate<WebauthnCredential> when,
                           java.util.function.UnaryOperator<WebauthnCredential> change) {
        synchronized (store) {
            WebauthnCredential credential = store.webauthnCredentials.get(id);
            if (credential == null || !when.test(credential)) {
                return false;
            }
            store.webauthnCredentials.put(id, change.apply(credential));
            return true;
        }
    }
}
