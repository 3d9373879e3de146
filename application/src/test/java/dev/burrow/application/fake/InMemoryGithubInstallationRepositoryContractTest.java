package dev.burrow.application.fake;

import dev.burrow.application.contract.GithubInstallationRepositoryContract;

/** The fake passes the same contract as the databases, so tests built on it mean the same thing. */
class InMemoryGithubInstallationRepositoryContractTest extends GithubInstallationRepositoryContract {

    @Override
    protected Persistence newPersistence() {
        return Persistence.inMemory();
    }
}
