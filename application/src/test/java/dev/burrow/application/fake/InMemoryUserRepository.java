package dev.burrow.application.fake;

import dev.burrow.application.user.UserFilter;
import dev.burrow.application.user.UserRepository;
import dev.burrow.domain.failure.ConcurrentUpdateException;
import dev.burrow.domain.github.TeamInstallation;
import dev.burrow.domain.user.EmailAddress;
import dev.burrow.domain.user.User;
import dev.burrow.domain.user.UserId;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

/** Users in memory. */
public final class InMemoryUserRepository implements UserRepository {

    private final InMemoryStore store;

    public InMemoryUserRepository(InMemoryStore store) {
        this.store = store;
    }

    @Override
    public UserId nextId() {
        synchronized (store) {
            return new UserId(store.next("users"));
        }
    }

    @Override
    public void add(User user) {
        synchronized (store) {
            if (byEmail(user.email()).isPresent()) {
                throw UserRepository.emailTaken();
            }
            if (store.users.containsKey(user.id().value())
                    || store.users.values().stream().anyMatch(u -> u.uuid().equals(user.uuid()))) {
                throw new IllegalStateException("user " + user.id() + " already exists");
            }
            store.users.put(user.id().value(), user);
        }
    }

    @Override
    public Optional<User> byId(UserId id) {
        synchronized (store) {
            return Optional.ofNullable(store.users.get(id.value()));
        }
    }

    /** The store's one lock already serialises every transaction. */
    @Override
    public Optional<User> lockedById(UserId id) {
        return byId(id);
    }

    @Override
    public Optional<User> activeByUuid(UUID uuid) {
        synchronized (store) {
            return store.users.values().stream().filter(u -> u.isActive() && u.uuid().equals(uuid)).findFirst();
        }
    }

    @Override
    public Optional<User> byUuid(UUID uuid) {
        synchronized (store) {
            return store.users.values().stream().filter(u -> u.uuid().equals(uuid)).findFirst();
        }
    }

    @Override
    public Optional<User> byEmail(EmailAddress email) {
        synchronized (store) {
            return store.users.values().stream().filter(u -> u.email().folded().equals(email.folded())).findFirst();
        }
    }

    @Override
    public User update(User user) {
        synchronized (store) {
            User stored = store.users.get(user.id().value());
            if (stored == null || stored.version() != user.version()) {
                throw new ConcurrentUpdateException("user");
            }
            boolean emailTaken = store.users.values().stream()
                    .anyMatch(u -> !u.id().equals(user.id()) && u.email().folded().equals(user.email().folded()));
            if (emailTaken) {
                throw UserRepository.emailTaken();
            }
            User saved = user.storedAs(user.version() + 1);
            store.users.put(user.id().value(), saved);
            return saved;
        }
    }

    @Override
    public boolean delete(UserId id) {
        synchronized (store) {
            if (!store.users.containsKey(id.value())
                    || store.memberships.stream().anyMatch(m -> m.userId().equals(id))) {
                return false;
            }
            store.users.remove(id.value());
            store.keys.values().removeIf(key -> key.userId().equals(id));
            store.sessions.values().removeIf(session -> session.userId().equals(id));
            store.twoFactorSetups.values().removeIf(setup -> setup.userId().equals(id));
            store.totpDevices.remove(id);
            store.backupCodes.values().removeIf(code -> code.userId().equals(id));
            store.scenes.removeIf(scene -> scene.userId().equals(id));
            store.verifications.remove(id);
            store.signalAutonomy.remove(id);
            store.githubInstallations.values().removeIf(link -> {
                boolean mine = link.userId().equals(id);
                if (mine) {
                    store.repositoryCaches.remove(link.id());
                }
                return mine;
            });
            store.linkStates.values().removeIf(state -> state.userId().equals(id));
            store.webauthnCredentials.values().removeIf(credential -> credential.userId().equals(id));
            store.teamInstallations.replaceAll((key, team) -> id.equals(team.connectedBy())
                    ? new TeamInstallation(team.id(), team.projectId(), team.installationId(), null,
                    team.connectingLogin())
                    : team);
            return true;
        }
    }

    @Override
    public long count(UserFilter filter) {
        synchronized (store) {
            return matching(filter).count();
        }
    }

    @Override
    public List<User> page(UserFilter filter, int limit, long offset) {
        synchronized (store) {
            return matching(filter).skip(offset).limit(limit).toList();
        }
    }

    @Override
    public boolean isEmpty() {
        synchronized (store) {
            return store.users.isEmpty();
        }
    }

    private Stream<User> matching(UserFilter filter) {
        return store.users.values().stream()
                .filter(User::isActive)
                .filter(u -> filter.onlyUser() == null || u.id().equals(filter.onlyUser()))
                .filter(u -> filter.email() == null || u.email().value().equals(filter.email()))
                .filter(u -> filter.staff() == null || u.isStaff() == filter.staff())
                .sorted(Comparator.comparingLong(u -> u.id().value()));
    }
}
