package dev.burrow.application.fake;

import dev.burrow.application.twofactor.TotpDeviceRepository;
import dev.burrow.domain.twofactor.TotpDevice;
import dev.burrow.domain.user.UserId;

import java.time.Instant;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** TOTP devices in memory. */
public final class InMemoryTotpDevices implements TotpDeviceRepository {

    private final InMemoryStore store;

    public InMemoryTotpDevices(InMemoryStore store) {
        this.store = store;
    }

    @Override
    public Set<UserId> withSecondFactor(Collection<UserId> users) {
        synchronized (store) {
            return users.stream().filter(id -> store.totpDevices.containsKey(id) || passkeysFor2fa(id))
                    .collect(Collectors.toSet());
        }
    }

    /** Passkeys turned on for 2FA with a verified one count as a second factor too (issue 13). */
    private boolean passkeysFor2fa(UserId id) {
        synchronized (store) {
            dev.burrow.domain.user.User user = store.users.get(id.value());
            return user != null && Boolean.TRUE.equals(user.preferences().passkeysEnabledFor2fa())
                    && store.webauthnCredentials.values().stream()
                    .anyMatch(credential -> credential.userId().equals(id) && credential.verified());
        }
    }

    @Override
    public Optional<TotpDevice> of(UserId userId) {
        synchronized (store) {
            return Optional.ofNullable(store.totpDevices.get(userId));
        }
    }

    @Override
    public void save(TotpDevice device) {
        synchronized (store) {
            store.totpDevices.put(device.userId(), device);
        }
    }

    @Override
    public boolean acceptStep(UserId userId, long step) {
        synchronized (store) {
            TotpDevice device = store.totpDevices.get(userId);
            if (device == null || device.lastStep() >= step) {
                return false;
            }
            store.totpDevices.put(userId, TotpDevice.restore(userId, device.secret(), step, 0, null,
                    device.createdAt()));
            return true;
        }
    }

    @Override
    public void recordFailure(UserId userId, Instant at) {
        synchronized (store) {
            TotpDevice device = store.totpDevices.get(userId);
            if (device != null) {
                store.totpDevices.put(userId, TotpDevice.restore(userId, device.secret(), device.lastStep(),
                        device.failures() + 1, at, device.createdAt()));
            }
        }
    }

    @Override
    public void delete(UserId userId) {
        synchronized (store) {
            store.totpDevices.remove(userId);
        }
    }
}
