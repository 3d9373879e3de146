package dev.burrow.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.burrow.domain.apikey.ApiScopes;
import dev.burrow.domain.user.User;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static dev.burrow.http.ApiServer.json;
import static org.assertj.core.api.Assertions.assertThat;

class UserListTest {

    private ApiServer api;
    private final List<User> users = new ArrayList<>();
    private String adaKey;
    private String rootKey;

    @BeforeEach
    void start() {
        api = new ApiServer();
        User ada = api.data().user("ada@example.com");
        User root = api.data().staff("root@example.com");
        users.add(ada);
        users.add(root);
        for (int i = 0; i < 5; i++) {
            users.add(api.data().user("user" + i + "@example.com"));
        }
        adaKey = api.data().apiKey(ada, ApiScopes.ALL).value();
        rootKey = api.data().apiKey(root, ApiScopes.ALL).value();
    }

    @AfterEach
    void stop() {
        api.close();
    }

    @Test
    void a_non_staff_caller_sees_only_themself() {
        JsonNode page = api.get("/api/users/", adaKey).json();

        assertThat(page.get("count").asInt()).isEqualTo(1);
        assertThat(page.get("next").isNull()).isTrue();
        assertThat(page.get("previous").isNull()).isTrue();
        assertThat(page.get("results")).hasSize(1);
        assertThat(page.get("results").get(0).get("email").asText()).isEqualTo("ada@example.com");
        assertThat(UserRetrieveTest.fieldNames(page.get("results").get(0)))
                .containsExactlyElementsOf(UserRetrieveTest.USER_FIELDS);
        assertThat(api.get("/api/users/?email=root@example.com", adaKey).json().get("count").asInt()).isZero();
    }

    @Test
    void staff_see_every_active_user_by_id() {
        JsonNode page = api.get("/api/users", rootKey).json();

        assertThat(UserRetrieveTest.fieldNames(page)).containsExactly("count", "next", "previous", "results");
        assertThat(page.get("count").asInt()).isEqualTo(7);
        List<String> emails = new ArrayList<>();
        page.get("results").forEach(user -> emails.add(user.get("email").asText()));
        assertThat(emails).containsExactlyElementsOf(users.stream().map(u -> u.email().value()).toList());
    }

    @Test
    void filters_match_email_exactly_and_staff_in_djangos_spellings() {
        assertThat(api.get("/api/users/?email=user3%40example.com", rootKey).json().get("count").asInt()).isOne();
        assertThat(api.get("/api/users/?email=USER3%40example.com", rootKey).json().get("count").asInt()).isZero();
        assertThat(api.get("/api/users/?email=", rootKey).json().get("count").asInt()).isEqualTo(7);
        for (String yes : List.of("true", "True", "1")) {
            assertThat(api.get("/api/users/?is_staff=" + yes, rootKey).json().get("count").asInt()).isOne();
        }
        for (String no : List.of("false", "False", "0")) {
            assertThat(api.get("/api/users/?is_staff=" + no, rootKey).json().get("count").asInt()).isEqualTo(6);
        }
        assertThat(api.get("/api/users/?is_staff=maybe", rootKey).json().get("count").asInt()).isEqualTo(7);
        assertThat(api.get("/api/users/?is_staff=TRUE", rootKey).json().get("count").asInt()).isOne();
        assertThat(api.get("/api/users/?email=+user3%40example.com+", rootKey).json().get("count").asInt()).isOne();
        assertThat(api.get("/api/users/?email=%20", rootKey).json().get("count").asInt()).isEqualTo(7);
        assertThat(api.get("/api/users/?email=%25", rootKey).json().get("count").asInt()).isZero();
        ApiServer.Response nul = api.get("/api/users/?email=a%00b", rootKey);
        assertThat(nul.status()).isEqualTo(400);
        assertThat(nul.json()).isEqualTo(ApiServer.error("validation_error", "null_characters_not_allowed",
                "Null characters are not allowed.", "email"));
    }

    @Test
    void pages_link_to_their_neighbours_as_django_rest_framework_does() {
        String base = api.base() + "/api/users/";

        JsonNode first = api.get("/api/users/?limit=2", rootKey).json();
        assertThat(first.get("next").asText()).isEqualTo(base + "?limit=2&offset=2");
        assertThat(first.get("previous").isNull()).isTrue();
        assertThat(first.get("results")).hasSize(2);

        JsonNode second = api.get("/api/users/?offset=2&limit=2&email=&zeta=a+b%2Fc", rootKey).json();
        assertThat(second.get("next").asText()).isEqualTo(base + "?email=&limit=2&offset=4&zeta=a+b%2Fc");
        assertThat(second.get("previous").asText()).isEqualTo(base + "?email=&limit=2&zeta=a+b%2Fc");
        assertThat(second.get("results").get(0).get("email").asText()).isEqualTo("user0@example.com");

        JsonNode last = api.get("/api/users/?limit=2&offset=5", rootKey).json();
        assertThat(last.get("next").isNull()).isTrue();
        assertThat(last.get("previous").asText()).isEqualTo(base + "?limit=2&offset=3");
        assertThat(last.get("results")).hasSize(2);

        JsonNode beyond = api.get("/api/users/?limit=2&offset=50", rootKey).json();
        assertThat(beyond.get("results")).isEmpty();
        assertThat(beyond.get("count").asInt()).isEqualTo(7);
        assertThat(beyond.get("previous").asText()).isEqualTo(base + "?limit=2&offset=48");
    }

    @Test
    void a_bad_limit_or_offset_falls_back_to_the_default() {
        String base = api.base() + "/api/users/";
        for (String limit : List.of("0", "-3", "abc", "1.5")) {
            JsonNode page = api.get("/api/users/?offset=1&limit=" + limit, rootKey).json();
            assertThat(page.get("previous").asText()).as(limit).isEqualTo(base + "?limit=100");
            assertThat(page.get("results")).as(limit).hasSize(6);
        }
        for (String offset : List.of("-1", "x")) {
            JsonNode page = api.get("/api/users/?limit=2&offset=" + offset, rootKey).json();
            assertThat(page.get("previous").isNull()).as(offset).isTrue();
            assertThat(page.get("next").asText()).as(offset).isEqualTo(base + "?limit=2&offset=2");
        }
        assertThat(api.get("/api/users/?offset=3&limit=+2", rootKey).json().get("previous").asText())
                .isEqualTo(base + "?limit=2&offset=1");
        assertThat(api.get("/api/users/?offset=1&limit=1_0", rootKey).json().get("previous").asText())
                .isEqualTo(base + "?limit=10");
        JsonNode far = api.get("/api/users/?offset=9223372036854775800&limit=100", rootKey).json();
        assertThat(far.get("next").isNull()).isTrue();
        assertThat(far.get("results")).isEmpty();
    }

    @Test
    void users_cannot_be_created_here() {
        ApiServer.Response anonymous = api.request("POST", "/api/users/").json("{\"email\": \"x@example.com\"}")
                .send();
        assertThat(anonymous.status()).isEqualTo(401);

        ApiServer.Response refused = api.request("POST", "/api/users/").bearer(rootKey)
                .json("{\"email\": \"x@example.com\"}").send();
        assertThat(refused.status()).isEqualTo(405);
        assertThat(refused.json()).isEqualTo(json("""
                {"type": "invalid_request", "code": "method_not_allowed", "detail": "Method \\"POST\\" not allowed.",
                 "attr": null}"""));
        assertThat(api.get("/api/users/", rootKey).json().get("count").asInt()).isEqualTo(7);
    }
}
