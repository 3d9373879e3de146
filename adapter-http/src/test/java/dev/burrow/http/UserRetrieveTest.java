package dev.burrow.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.burrow.domain.apikey.ApiScopes;
import dev.burrow.domain.organization.MembershipLevel;
import dev.burrow.domain.organization.Organization;
import dev.burrow.domain.organization.Project;
import dev.burrow.domain.scene.ScenePersonalisation;
import dev.burrow.domain.user.CurrentContext;
import dev.burrow.domain.user.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static dev.burrow.http.ApiServer.json;
import static org.assertj.core.api.Assertions.assertThat;

class UserRetrieveTest extends ApiTestCase {

    /** The user object's keys, in the order of PostHog's published reference. */
    static final List<String> USER_FIELDS = List.of("date_joined", "uuid", "distinct_id", "first_name", "last_name",
            "email", "pending_email", "is_email_verified", "notification_settings", "anonymize_data",
            "allow_impersonation", "toolbar_mode", "has_password", "id", "is_staff", "is_impersonated",
            "is_impersonated_until", "is_impersonated_read_only", "sensitive_session_expires_at",
            "fresh_reauth_expires_at", "team",
            "organization", "organizations", "events_column_config", "is_2fa_enabled", "has_social_auth",
            "has_sso_enforcement", "has_seen_product_intro_for", "scene_personalisation", "theme_mode",
            "hedgehog_config", "allow_sidebar_suggestions", "shortcut_position", "role_at_organization",
            "passkeys_enabled_for_2fa", "is_organization_first_user", "pending_invites");

    private String adaKey;
    private User root;
    private String rootKey;

    @BeforeEach
    void start() {
        adaKey = api.data().apiKey(ada, ApiScopes.ALL).value();
        root = api.data().staff("root@example.com");
        rootKey = api.data().apiKey(root, ApiScopes.ALL).value();
    }

    @Test
    void a_brand_new_user_reads_as_the_full_object_with_no_organization() {
        ApiServer.Response response = api.get("/api/users/@me/", adaKey);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("Content-Type")).startsWith("application/json");
        assertThat(response.json()).isEqualTo(json("""
                {"date_joined": "%s", "uuid": "%s", "distinct_id": "%s",
                 "first_name": "First", "last_name": "Last", "email": "ada@example.com",
                 "pending_email": null, "is_email_verified": null,
                 "notification_settings": {"plugin_disabled": true, "discussions_mentioned": true,
                   "project_weekly_digest_disabled": {}, "all_weekly_digest_disabled": false,
                   "error_tracking_issue_assigned": true, "error_tracking_weekly_digest": true,
                   "data_pipeline_error_threshold": 0.01, "project_api_key_exposed": true,
                   "materialized_view_sync_failed": false, "web_analytics_weekly_digest": true,
                   "organization_member_join_email_disabled": {}, "realtime_notifications_disabled": {},
                   "pipeline_notifications_disabled": {}},
                 "anonymize_data": false, "allow_impersonation": true, "toolbar_mode": "toolbar",
                 "has_password": true, "id": %d, "is_staff": false, "is_impersonated": false,
                 "is_impersonated_until": null, "is_impersonated_read_only": null,
                 "sensitive_session_expires_at": null, "fresh_reauth_expires_at": null, "team": null,
                 "organization": null, "organizations": [],
                 "events_column_config": {"active": "DEFAULT"}, "is_2fa_enabled": false, "has_social_auth": false,
                 "has_sso_enforcement": false, "has_seen_product_intro_for": null, "scene_personalisation": [],
                 "theme_mode": null, "hedgehog_config": null, "allow_sidebar_suggestions": null,
                 "shortcut_position": "above", "role_at_organization": null, "passkeys_enabled_for_2fa": false,
                 "is_organization_first_user": null, "pending_invites": []}
                """.formatted(ada.dateJoined().toString(), ada.uuid(), ada.distinctId(), ada.id().value())));
        assertThat(fieldNames(response.json())).containsExactlyElementsOf(USER_FIELDS);
    }

    @Test
    void me_is_found_percent_encoded_and_with_or_without_the_slash() {
        for (String path : List.of("/api/users/@me", "/api/users/%40me/", "/api/users/%40me")) {
            ApiServer.Response response = api.get(path, adaKey);
            assertThat(response.status()).as(path).isEqualTo(200);
            assertThat(response.json().get("email").asText()).isEqualTo("ada@example.com");
        }
    }

    @Test
    void a_non_staff_user_may_only_use_me_even_for_themself() {
        for (String lookup : List.of(root.uuid().toString(), ada.uuid().toString(),
                "00000000-0000-0000-0000-000000000000", "not-a-uuid")) {
            ApiServer.Response response = api.get("/api/users/" + lookup + "/", adaKey);
            assertThat(response.status()).as(lookup).isEqualTo(403);
            assertThat(response.json()).isEqualTo(json("""
                    {"type": "authentication_error", "code": "permission_denied",
                     "detail": "As a non-staff user you're only allowed to access the `@me` user instance.",
                     "attr": null}"""));
        }
    }

    @Test
    void staff_read_anyone_active_by_uuid_and_get_404_otherwise() {
        ApiServer.Response other = api.get("/api/users/" + ada.uuid() + "/", rootKey);
        assertThat(other.status()).isEqualTo(200);
        assertThat(other.json().get("email").asText()).isEqualTo("ada@example.com");
        assertThat(api.get("/api/users/" + ada.uuid().toString().replace("-", "").toUpperCase() + "/", rootKey)
                .status()).isEqualTo(200);

        User gone = api.data().user("gone@example.com");
        api.persistence().users().update(User.restore(gone.id(), gone.uuid(), gone.distinctId(), gone.email(), null,
                null, "", "", null, false, false, gone.dateJoined(), gone.preferences(), gone.notificationSettings(),
                gone.current(), gone.version()));
        for (String lookup : List.of("00000000-0000-0000-0000-000000000000", "not-a-uuid", gone.uuid().toString())) {
            ApiServer.Response response = api.get("/api/users/" + lookup + "/", rootKey);
            assertThat(response.status()).as(lookup).isEqualTo(404);
            assertThat(response.json()).isEqualTo(json("""
                    {"type": "invalid_request", "code": "not_found", "detail": "Not found.", "attr": null}"""));
        }
    }

    @Test
    void a_lookup_with_a_dot_is_not_a_user_route() {
        ApiServer.Response response = api.get("/api/users/me.json/", rootKey);

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.json().get("detail").asText()).isEqualTo("Endpoint not found.");
    }

    @Test
    void the_current_organization_and_project_are_chosen_on_read_and_saved() {
        Organization acme = api.data().organization("Acme");
        Project web = api.data().project(acme, "Web");
        Project app = api.data().project(acme, "App");
        api.data().member(acme, ada, MembershipLevel.ADMIN);
        api.data().member(acme, root, MembershipLevel.OWNER);

        JsonNode me = api.get("/api/users/@me/", adaKey).json();

        assertThat(me.get("team")).isEqualTo(json("""
                {"id": %d, "uuid": "%s", "organization": "%s", "project_id": %d, "api_token": "%s", "name": "Web",
                 "completed_snippet_onboarding": false, "has_completed_onboarding_for": null, "ingested_event": false,
                 "is_demo": false, "timezone": "UTC", "access_control": false}
                """.formatted(web.id().value(), web.uuid(), acme.id(), web.id().value(), web.apiToken())));
        JsonNode organization = me.get("organization");
        assertThat(organization.get("id").asText()).isEqualTo(acme.id().toString());
        assertThat(organization.get("membership_level").asInt()).isEqualTo(8);
        assertThat(organization.get("member_count").asInt()).isEqualTo(2);
        assertThat(organization.get("teams")).hasSize(2);
        assertThat(organization.get("teams").get(1).get("name").asText()).isEqualTo("App");
        assertThat(organization.get("projects")).isEqualTo(json("""
                [{"id": %d, "organization_id": "%s", "name": "Web"},
                 {"id": %d, "organization_id": "%s", "name": "App"}]
                """.formatted(web.id().value(), acme.id(), app.id().value(), acme.id())));
        assertThat(fieldNames(organization)).containsExactly("id", "name", "slug", "logo_media_id", "created_at",
                "updated_at", "membership_level", "plugins_access_level", "teams", "projects",
                "available_product_features", "is_member_join_email_enabled", "metadata", "customer_id",
                "enforce_2fa", "members_can_invite", "members_can_use_personal_api_keys",
                "allow_publicly_shared_resources", "member_count", "is_ai_data_processing_approved",
                "default_experiment_stats_method", "default_anonymize_ips", "default_role_id", "is_active",
                "is_not_active_reason", "is_pending_deletion");
        assertThat(me.get("organizations")).isEqualTo(json("""
                [{"id": "%s", "name": "Acme", "slug": "%s", "logo_media_id": null, "membership_level": 8,
                  "members_can_use_personal_api_keys": true, "is_active": true, "is_not_active_reason": null,
                  "is_pending_deletion": false}]""".formatted(acme.id(), acme.slug())));
        assertThat(me.get("is_organization_first_user").asBoolean()).isTrue();
        assertThat(api.persistence().users().byId(ada.id()).orElseThrow().current())
                .isEqualTo(new CurrentContext(acme.id(), web.id()));
    }

    @Test
    void a_saved_choice_is_kept_and_a_stale_one_replaced() {
        Organization acme = api.data().organization("Acme");
        Organization globex = api.data().organization("Globex");
        api.data().project(acme, "Web");
        Project other = api.data().project(globex, "Other");
        api.data().member(acme, ada, MembershipLevel.MEMBER);
        api.data().member(globex, ada, MembershipLevel.MEMBER, root.id());
        User stored = api.persistence().users().byId(ada.id()).orElseThrow();
        api.persistence().users().update(stored.withCurrentContext(new CurrentContext(globex.id(), other.id())));

        JsonNode me = api.get("/api/users/@me/", adaKey).json();
        assertThat(me.get("organization").get("name").asText()).isEqualTo("Globex");
        assertThat(me.get("team").get("name").asText()).isEqualTo("Other");
        assertThat(me.get("is_organization_first_user").asBoolean()).isFalse();
        assertThat(me.get("organizations")).hasSize(2);

        Organization gone = api.data().organization("Gone");
        stored = api.persistence().users().byId(ada.id()).orElseThrow();
        api.persistence().users().update(stored.withCurrentContext(new CurrentContext(gone.id(), null)));
        assertThat(api.get("/api/users/@me/", adaKey).json().get("organization").get("name").asText())
                .isEqualTo("Acme");
    }

    @Test
    void pending_invites_are_shown_to_the_user_alone() {
        Organization acme = api.data().organization("Acme");
        Organization globex = api.data().organization("Globex");
        Organization initech = api.data().organization("Initech");
        api.data().member(initech, ada, MembershipLevel.MEMBER);
        var invite = api.data().invite(acme, "ADA@example.com", ApiServer.NOW.minus(Duration.ofHours(2)));
        api.data().invite(globex, "ada@example.com", ApiServer.NOW.minus(Duration.ofDays(4)));
        api.data().invite(initech, "ada@example.com", ApiServer.NOW.minus(Duration.ofHours(1)));

        assertThat(api.get("/api/users/@me/", adaKey).json().get("pending_invites")).isEqualTo(json("""
                [{"id": "%s", "target_email": "ADA@example.com", "organization_id": "%s",
                  "organization_name": "Acme", "created_at": "2026-11-28T10:00:00Z"}]
                """.formatted(invite.id(), acme.id())));
        JsonNode seenByStaff = api.get("/api/users/" + ada.uuid() + "/", rootKey).json();
        assertThat(seenByStaff.get("pending_invites")).isEmpty();
        assertThat(seenByStaff.get("is_organization_first_user").isNull()).isTrue();
    }

    @Test
    void scene_personalisations_are_listed() {
        Organization acme = api.data().organization("Acme");
        Project web = api.data().project(acme, "Web");
        api.persistence().scenes().save(new ScenePersonalisation(ada.id(), web.id(), "Person", null));

        assertThat(api.get("/api/users/@me/", adaKey).json().get("scene_personalisation"))
                .isEqualTo(json("[{\"scene\": \"Person\", \"dashboard\": null}]"));
    }

    static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
