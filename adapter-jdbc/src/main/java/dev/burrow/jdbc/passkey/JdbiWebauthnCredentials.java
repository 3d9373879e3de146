package dev.burrow.jdbc.passkey;

import dev.burrow.application.passkey.WebauthnCredentialRepository;
import dev.burrow.domain.passkey.WebauthnCredential;
import dev.burrow.domain.user.UserId;
import dev.burrow.jdbc.database.Database;
import dev.burrow.jdbc.database.Violation;
import org.jdbi.v3.core.JdbiException;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** Passkeys in the {@code webauthn_credentials} table; they go when their user does (on delete cascade). */
public final class JdbiWebauthnCredentials implements WebauthnCredentialRepository {

    private final Database database;

    public JdbiWebauthnCredentials(Database database) {
        this.database = database;
    }

    @Override
    public boolean add(WebauthnCredential credential) {
        WebauthnCredentialRow row = WebauthnCredentialRow.of(credential);
        try {
            database.attemptRun(WebauthnQueries.class, queries -> queries.insert(row));
            return true;
        } catch (JdbiException e) {
            if (Violation.UNIQUE.causedBy(e)) {
                return false;
            }
            if (Violation.FOREIGN_KEY.causedBy(e)) {
                throw new IllegalStateException("no user " + credential.userId(), e);
            }
            throw e;
        }
    }

    @Override
    public Optional<WebauthnCredential> byId(UUID id) {
        return database.call(WebauthnQueries.class, queries -> queries.byId(id))
                .map(WebauthnCredentialRow::toCredential);
    }

    @Override
    public Optional<WebauthnCredential> byCredentialId(byte[] credentialId) {
        String text = WebauthnCredential.encode(credentialId);
        return database.call(WebauthnQueries.class, queries -> queries.byCredentialId(text))
                .map(WebauthnCredentialRow::toCredential);
    }

    @Override
    public List<WebauthnCredential> ofUser(UserId userId) {
        return database.call(WebauthnQueries.class, queries -> queries.ofUser(userId.value())).stream()
                .map(WebauthnCredentialRow::toCredential).toList();
    }

    @Override
    public boolean hasVerified(UserId userId) {
        return database.call(WebauthnQueries.class, queries -> queries.countVerified(userId.value())) > 0;
    }

    @Override
    public Set<UserId> withPasskeySecondFactor(Collection<UserId> users) {
        Set<Long> ids = new LinkedHashSet<>();
        users.forEach(user -> ids.add(user.value()));
        if (ids.isEmpty()) {
            return Set.of();
        }
        return database.listIn(WebauthnQueries.WITH_PASSKEY_SECOND_FACTOR, "users", ids, Long.class).stream()
                .map(UserId::new).collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public boolean rename(UUID id, String label) {
        return database.call(WebauthnQueries.class, queries -> queries.rename(id, label)) > 0;
    }

    @Override
    public boolean markVerified(UUID id, long counter) {
        return database.call(WebauthnQueries.class, queries -> queries.markVerified(id, counter)) > 0;
    }

    @Override
    public boolean advanceCounter(UUID id, long counter) {
        return database.call(WebauthnQueries.class, queries -> queries.advanceCounter(id, counter)) > 0;
    }

    @Override
    public boolean delete(UUID id) {
        return database.call(WebauthnQueries.class, queries -> queries.delete(id)) > 0;
    }
}
