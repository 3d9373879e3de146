package dev.burrow.http.github;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.burrow.application.github.GithubIntegrationsUseCase.IntegrationView;
import dev.burrow.domain.github.GithubAccount;
import dev.burrow.domain.github.GithubInstallation;
import dev.burrow.http.json.PostHogTime;

/** One item of the integrations list, in the seed's shape: the installation id is a string. */
@JsonPropertyOrder({"kind", "installation_id", "repository_selection", "account", "uses_shared_installation",
        "created_at"})
record IntegrationResponse(
        String kind,
        @JsonProperty("installation_id") String installationId,
        @JsonProperty("repository_selection") String repositorySelection,
        Account account,
        @JsonProperty("uses_shared_installation") boolean usesSharedInstallation,
        @JsonProperty("created_at") String createdAt) {

    record Account(String type, String name) {
    }

    static IntegrationResponse from(IntegrationView view) {
        GithubInstallation link = view.installation();
        GithubAccount account = link.account();
        return new IntegrationResponse("github", link.installationId().toString(), link.repositorySelection(),
                account == null ? null : new Account(account.type(), account.name()), view.usesSharedInstallation(),
                PostHogTime.format(link.createdAt()));
    }
}
