package dev.burrow.http.apikey;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.burrow.domain.apikey.PersonalApiKey;
import dev.burrow.http.json.PostHogTime;

import java.util.List;

/** A personal API key as PostHog shows it: masked always, in clear ({@code value}) only in the creation response. */
@JsonPropertyOrder({"id", "label", "value", "mask_value", "created_at", "last_used_at", "user_id", "scopes",
        "scoped_teams", "scoped_organizations"})
record PersonalApiKeyResponse(
        String id,
        String label,
        String value,
        @JsonProperty("mask_value") String maskValue,
        @JsonProperty("created_at") String createdAt,
        @JsonProperty("last_used_at") String lastUsedAt,
        @JsonProperty("user_id") long userId,
        List<String> scopes,
        @JsonProperty("scoped_teams") List<Long> scopedTeams,
        @JsonProperty("scoped_organizations") List<String> scopedOrganizations) {

    static PersonalApiKeyResponse of(PersonalApiKey key, String value) {
        return new PersonalApiKeyResponse(key.id(), key.label(), value, key.maskValue(),
                PostHogTime.format(key.createdAt()), PostHogTime.format(key.lastUsedAt()), key.userId().value(),
                key.scopes().values(), key.scopedTeams(), key.scopedOrganizations());
    }
}
