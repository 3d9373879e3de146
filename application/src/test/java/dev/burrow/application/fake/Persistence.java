package dev.burrow.application.fake;

import dev.burrow.application.auth.PersonalApiKeyRepository;
import dev.burrow.application.organization.OrganizationDirectory;
import dev.burrow.application.organization.OrganizationRegistry;
import dev.burrow.application.scene.ScenePersonalisationRepository;
import dev.burrow.application.transaction.TransactionRunner;
import dev.burrow.application.user.UserRepository;

/**
 * Every persistence port over one store: what the contract suites and the HTTP tests run against. The fake,
 * H2 and PostgreSQL each provide one.
 */
public record Persistence(UserRepository users, PersonalApiKeyRepository apiKeys,
                          OrganizationDirectory directory, OrganizationRegistry registry,
                          ScenePersonalisationRepository scenes, TransactionRunner transactions) {

    /** All ports over a fresh in-memory store. */
    public static Persistence inMemory() {
        InMemoryStore store = new InMemoryStore();
        InMemoryOrganizations organizations = new InMemoryOrganizations(store);
        return new Persistence(new InMemoryUserRepository(store), new InMemoryPersonalApiKeyRepository(store),
                organizations, organizations, new InMemoryScenePersonalisations(store), store);
    }
}
