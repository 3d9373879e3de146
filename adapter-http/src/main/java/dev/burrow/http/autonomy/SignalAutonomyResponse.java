package dev.burrow.http.autonomy;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.burrow.application.autonomy.SignalAutonomyUseCase.AutonomyView;
import dev.burrow.domain.autonomy.AutonomyPriority;
import dev.burrow.domain.user.User;
import dev.burrow.http.json.PostHogTime;

/** The seed's signal autonomy object: the settings and a short description of their user. */
@JsonPropertyOrder({"id", "user", "autostart_priority", "created_at", "updated_at"})
record SignalAutonomyResponse(
        String id,
        Owner user,
        @JsonProperty("autostart_priority") String autostartPriority,
        @JsonProperty("created_at") String createdAt,
        @JsonProperty("updated_at") String updatedAt) {

    /** PostHog's UserBasicSerializer as the autonomy serializer nests it. */
    @JsonPropertyOrder({"id", "uuid", "first_name", "last_name", "email"})
    record Owner(long id, String uuid, @JsonProperty("first_name") String firstName,
                 @JsonProperty("last_name") String lastName, String email) {
    }

    static SignalAutonomyResponse from(AutonomyView view) {
        User user = view.user();
        AutonomyPriority priority = view.autonomy().autostartPriority();
        return new SignalAutonomyResponse(view.autonomy().id().toString(),
                new Owner(user.id().value(), user.uuid().toString(), user.firstName(), user.lastName(),
                        user.email().value()),
                priority == null ? null : priority.value(),
                PostHogTime.format(view.autonomy().createdAt()),
                PostHogTime.format(view.autonomy().updatedAt()));
    }
}
