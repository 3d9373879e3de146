package dev.burrow.application.fake;

import dev.burrow.application.github.GithubInstallationRepository;
import dev.burrow.application.transaction.TransactionRunner;
import dev.burrow.application.user.EmailVerificationRepository;
import dev.burrow.domain.apikey.PersonalApiKey;
import dev.burrow.domain.autonomy.SignalAutonomy;
import dev.burrow.domain.dashboard.Dashboard;
import dev.burrow.domain.github.GithubInstallation;
import dev.burrow.domain.github.LinkState;
import dev.burrow.domain.github.TeamInstallation;
import dev.burrow.domain.organization.Invite;
import dev.burrow.domain.organization.Organization;
import dev.burrow.domain.organization.OrganizationId;
import dev.burrow.domain.organization.Project;
import dev.burrow.domain.scene.ScenePersonalisation;
import dev.burrow.domain.session.Session;
import dev.burrow.domain.twofactor.TotpDevice;
import dev.burrow.domain.twofactor.TwoFactorSetup;
import dev.burrow.domain.user.OrganizationMembership;
import dev.burrow.domain.user.User;
import dev.burrow.domain.user.UserId;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The state behind every in-memory fake, in one place so that a transaction can put all of it back when the work
 * fails, as a database would. One lock serialises access, which is all a fake needs.
 */
public final class InMemoryStore implements TransactionRunner {

    private final List<Object> tables = new ArrayList<>();

    final Map<Long, User> users = table(new LinkedHashMap<>());
    final Map<String, PersonalApiKey> keys = table(new LinkedHashMap<>());
    final Map<OrganizationId, Organization> organizations = table(new LinkedHashMap<>());
    final Map<Long, Project> projects = table(new LinkedHashMap<>());
    final List<OrganizationMembership> memberships = table(new ArrayList<>());
    final List<Invite> invites = table(new ArrayList<>());
    final List<ScenePersonalisation> scenes = table(new ArrayList<>());
    final Map<Long, Dashboard> dashboards = table(new LinkedHashMap<>());
    final Map<String, Session> sessions = table(new LinkedHashMap<>());
    final Map<UserId, TotpDevice> totpDevices = table(new LinkedHashMap<>());
    final Map<Long, StoredCode> backupCodes = table(new LinkedHashMap<>());
    final Map<String, TwoFactorSetup> twoFactorSetups = table(new LinkedHashMap<>());
    final Map<String, List<Instant>> attempts = table(new HashMap<>());
    final Map<UserId, EmailVerificationRepository.PendingVerification> verifications = table(new LinkedHashMap<>());
    final Map<UserId, SignalAutonomy> signalAutonomy = table(new LinkedHashMap<>());
    final Map<UUID, GithubInstallation> githubInstallations = table(new LinkedHashMap<>());
    final Map<UUID, GithubInstallationRepository.RepositoryCache> repositoryCaches = table(new LinkedHashMap<>());
    final Map<Long, TeamInstallation> teamInstallations = table(new LinkedHashMap<>());
    final Map<String, LinkState> linkStates = table(new LinkedHashMap<>());
    final Map<String, dev.burrow.application.reset.SigningSecrets> signingSecrets = table(new HashMap<>());
    final Map<UUID, dev.burrow.domain.passkey.WebauthnCredential> webauthnCredentials = table(new LinkedHashMap<>());
    final Map<String, dev.burrow.domain.passkey.PasskeyChallenge> webauthnChallenges = table(new LinkedHashMap<>());
    private final Map<String, Long> sequences = table(new HashMap<>());
    private int depth;

    /** A backup code row. */
    record StoredCode(UserId userId, dev.burrow.domain.user.PasswordHash hash) {
    }

    /** The next value of a named sequence: 1, 2, 3, ... */
    synchronized long next(String sequence) {
        return sequences.merge(sequence, 1L, Long::sum);
    }

    @Override
    public synchronized <T> T inTransaction(Supplier<T> work) {
        if (depth > 0) {
            return work.get();
        }
        List<Object> before = tables.stream().map(InMemoryStore::copy).toList();
        depth++;
        try {
            return work.get();
        } catch (RuntimeException | Error e) {
            restore(before);
            throw e;
        } finally {
            depth--;
        }
    }

    private <T> T table(T table) {
        tables.add(table);
        return table;
    }

    private static Object copy(Object table) {
        if (table instanceof Map<?, ?> map) {
            Map<Object, Object> copy = new LinkedHashMap<>();
            // Lists inside maps (attempt histories) are copied too, or a rollback would keep their changes.
            map.forEach((key, value) -> copy.put(key, value instanceof List<?> list ? new ArrayList<>(list) : value));
            return copy;
        }
        return new ArrayList<>((List<?>) table);
    }

    @SuppressWarnings("unchecked")
    private void restore(List<Object> before) {
        for (int i = 0; i < tables.size(); i++) {
            Object table = tables.get(i);
            if (table instanceof Map<?, ?> map) {
                ((Map<Object, Object>) map).clear();
                ((Map<Object, Object>) map).putAll((Map<Object, Object>) before.get(i));
            } else {
                ((List<Object>) table).clear();
                ((List<Object>) table).addAll((List<Object>) before.get(i));
            }
        }
    }
}
