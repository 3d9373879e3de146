package dev.burrow.http.user;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.burrow.domain.organization.Invite;
import dev.burrow.http.json.PostHogTime;

/** An invitation waiting for the user, as the user object lists it. */
@JsonPropertyOrder({"id", "target_email", "organization_id", "organization_name", "created_at"})
record PendingInviteResponse(
        String id,
        @JsonProperty("target_email") String targetEmail,
        @JsonProperty("organization_id") String organizationId,
        @JsonProperty("organization_name") String organizationName,
        @JsonProperty("created_at") String createdAt) {

    static PendingInviteResponse from(Invite invite) {
        return new PendingInviteResponse(invite.id().toString(), invite.targetEmail(),
                invite.organizationId().toString(), invite.organizationName(), PostHogTime.format(invite.createdAt()));
    }
}
