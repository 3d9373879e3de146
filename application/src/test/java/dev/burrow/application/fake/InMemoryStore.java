package dev.burrow.application.fake;

import dev.burrow.application.transaction.TransactionRunner;
import dev.burrow.domain.apikey.PersonalApiKey;
import dev.burrow.domain.dashboard.Dashboard;
import dev.burrow.domain.organization.Invite;
import dev.burrow.domain.organization.Organization;
import dev.burrow.domain.organization.OrganizationId;
import dev.burrow.domain.organization.Project;
import dev.burrow.domain.scene.ScenePersonalisation;
import dev.burrow.domain.user.OrganizationMembership;
import dev.burrow.domain.user.User;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The state behind every in-memory fake, in one place so that a transaction can put all of it back when the work
 * fails, as a database would. One lock serialises access, which is all a fake needs.
 */
public final class InMemoryStore implements TransactionRunner {

    final Map<Long, User> users = new LinkedHashMap<>();
    final Map<String, PersonalApiKey> keys = new LinkedHashMap<>();
    final Map<OrganizationId, Organization> organizations = new LinkedHashMap<>();
    final Map<Long, Project> projects = new LinkedHashMap<>();
    final List<OrganizationMembership> memberships = new ArrayList<>();
    final List<Invite> invites = new ArrayList<>();
    final List<ScenePersonalisation> scenes = new ArrayList<>();
    final Map<Long, Dashboard> dashboards = new LinkedHashMap<>();
    long lastUserId;
    long lastProjectId;
    long lastDashboardId;
    private int depth;

    @Override
    public synchronized <T> T inTransaction(Supplier<T> work) {
        if (depth > 0) {
            return work.get();
        }
        Snapshot before = new Snapshot(this);
        depth++;
        try {
            return work.get();
        } catch (RuntimeException | Error e) {
            before.restoreInto(this);
            throw e;
        } finally {
            depth--;
        }
    }

    private record Snapshot(Map<Long, User> users, Map<String, PersonalApiKey> keys,
                            Map<OrganizationId, Organization> organizations, Map<Long, Project> projects,
                            List<OrganizationMembership> memberships, List<Invite> invites,
                            List<ScenePersonalisation> scenes, Map<Long, Dashboard> dashboards, long lastUserId,
                            long lastProjectId, long lastDashboardId) {

        Snapshot(InMemoryStore store) {
            this(new LinkedHashMap<>(store.users), new LinkedHashMap<>(store.keys),
                    new LinkedHashMap<>(store.organizations), new LinkedHashMap<>(store.projects),
                    new ArrayList<>(store.memberships), new ArrayList<>(store.invites), new ArrayList<>(store.scenes),
                    new LinkedHashMap<>(store.dashboards), store.lastUserId, store.lastProjectId,
                    store.lastDashboardId);
        }

        void restoreInto(InMemoryStore store) {
            replace(store.users, users);
            replace(store.keys, keys);
            replace(store.organizations, organizations);
            replace(store.projects, projects);
            replace(store.memberships, memberships);
            replace(store.invites, invites);
            replace(store.scenes, scenes);
            replace(store.dashboards, dashboards);
            store.lastUserId = lastUserId;
            store.lastProjectId = lastProjectId;
            store.lastDashboardId = lastDashboardId;
        }

        private static <K, V> void replace(Map<K, V> target, Map<K, V> source) {
            target.clear();
            target.putAll(source);
        }

        private static <V> void replace(List<V> target, List<V> source) {
            target.clear();
            target.addAll(source);
        }
    }
}
