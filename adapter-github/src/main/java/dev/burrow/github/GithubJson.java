package dev.burrow.github;

import com.fasterxml.jackson.databind.JsonNode;
import dev.burrow.application.github.GithubAppGateway.Reachable;
import dev.burrow.domain.github.GithubAccount;
import dev.burrow.domain.github.GithubRepository;
import dev.burrow.domain.github.InstallationId;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Reads GitHub's JSON as PostHog does: a field of the wrong type counts as absent, and an entry that lacks what
 * identifies it is dropped rather than failing the whole list.
 */
final class GithubJson {

    private GithubJson() {
    }

    static Optional<GithubRepository> repository(JsonNode entry) {
        Long id = integral(entry, "id");
        String name = text(entry, "name");
        String fullName = text(entry, "full_name");
        if (id == null || name == null || fullName == null) {
            return Optional.empty();
        }
        return Optional.of(new GithubRepository(id, name, fullName, bool(entry, "private"),
                text(entry, "default_branch"), text(entry, "language"), text(entry, "pushed_at"),
                bool(entry, "archived"), bool(entry.path("permissions"), "push")));
    }

    static Optional<Reachable> reachable(JsonNode entry) {
        Long id = integral(entry, "id");
        if (id == null || id <= 0) {
            return Optional.empty();
        }
        JsonNode account = entry.get("account");
        GithubAccount owner = account != null && account.isObject()
                ? new GithubAccount(text(account, "type"), text(account, "login")) : null;
        return Optional.of(new Reachable(new InstallationId(id), owner, text(entry, "repository_selection")));
    }

    static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value != null && value.isTextual() ? value.textValue() : null;
    }

    static Instant instant(JsonNode node, String field) {
        String value = text(node, field);
        try {
            return value == null ? null : Instant.parse(value);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static Long integral(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value != null && value.isIntegralNumber() && value.canConvertToLong() ? value.longValue() : null;
    }

    private static Boolean bool(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value != null && value.isBoolean() ? value.booleanValue() : null;
    }
}
