package dev.burrow.http.user;

import com.fasterxml.jackson.databind.JsonNode;
import dev.burrow.application.actor.Actor;
import dev.burrow.application.actor.RecentAuthentication;
import dev.burrow.application.user.DeleteUserUseCase;
import dev.burrow.application.user.FieldValue;
import dev.burrow.application.user.EmailChangeUseCase;
import dev.burrow.application.user.GetUserUseCase;
import dev.burrow.application.user.ListUsersUseCase;
import dev.burrow.application.user.ScenePersonalisationUseCase.DashboardKey;
import dev.burrow.application.user.ScenePersonalisationUseCase.PersonaliseSceneCommand;
import dev.burrow.application.user.ScenePersonalisationUseCase.SceneChoice;
import dev.burrow.application.user.UpdateUserUseCase;
import dev.burrow.application.user.UserProfile;
import dev.burrow.application.user.UserPatch;
import dev.burrow.application.user.UserProfilePage;
import dev.burrow.application.user.UserUseCases;
import dev.burrow.domain.dashboard.DashboardId;
import dev.burrow.domain.failure.InvalidInputException;
import dev.burrow.domain.json.JsonDocument;
import dev.burrow.domain.text.PythonText;
import dev.burrow.domain.user.Choice;
import dev.burrow.domain.user.Preference;
import dev.burrow.http.auth.Authenticator;
import dev.burrow.http.error.ErrorResponse;
import dev.burrow.http.error.HttpFailure;
import dev.burrow.http.json.Fields;
import dev.burrow.http.json.Json;
import dev.burrow.http.json.JsonValues;
import dev.burrow.http.json.PostHogTime;
import dev.burrow.http.json.RequestBody;
import dev.burrow.http.pagination.LimitOffset;
import dev.burrow.http.pagination.QueryString;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** {@code /api/users/}: the list and the user object. */
public final class UserController {

    /** The largest hedgehog settings body accepted: 64 KiB. */
    static final int MAX_HEDGEHOG_CONFIG_BYTES = 64 * 1024;

    private final UserUseCases users;

    public UserController(UserUseCases users) {
        this.users = users;
    }

    public void list(Context ctx) {
        Actor actor = Authenticator.actor(ctx);
        LimitOffset page = LimitOffset.of(ctx);
        QueryString query = QueryString.of(ctx);
        UserProfilePage result = users.list().list(new ListUsersUseCase.ListUsersQuery(actor,
                emailFilter(query.last("email").orElse(null)), staffFilter(query.last("is_staff").orElse(null)),
                page.limit(), page.offset()));
        Json.respond(ctx, new UserListResponse(result.count(), page.next(ctx, result.count()), page.previous(ctx),
                result.results().stream().map(profile -> UserResponse.from(profile, sensitiveUntil(actor))).toList()));
    }

    /** PATCH changes the fields sent; PUT also requires {@code email} and {@code password}. */
    public void update(Context ctx) {
        Actor actor = Authenticator.actor(ctx);
        UserPatch patch = patch(Fields.of(ctx));
        UserProfile updated = users.update().update(new UpdateUserUseCase.UpdateUserCommand(actor, lookup(ctx), patch,
                ctx.method() == HandlerType.PUT));
        Json.respond(ctx, UserResponse.from(updated, sensitiveUntil(actor)));
    }

    /**
     * The writable fields of a user as PostHog's serializer declares them, each with its type read (or its type
     * error kept for the use case, which reports the first bad field in this order).
     */
    static UserPatch patch(Fields fields) {
        return new UserPatch(
                fields.text("first_name"),
                fields.text("last_name"),
                fields.text("email"),
                fields.dictionary("notification_settings"),
                fields.bool("is_staff", false),
                fields.text("set_current_organization"),
                fields.text("set_current_team"),
                fields.text("password"),
                fields.text("current_password"),
                UserPatch.Preferences.read(new UserPatch.Preferences.Reader() {
                    @Override
                    public <T> FieldValue<T> read(Preference<T> preference) {
                        return preference(fields, preference);
                    }
                }),
                fields.hasUnread());
    }

    /**
     * A preference, read by the type its declaration gives: a {@code BooleanField}, a {@code ChoiceField} or a
     * {@code JSONField}. A preference of another type is a mistake in its declaration, found by the first request.
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static <T> FieldValue<T> preference(Fields fields, Preference<T> preference) {
        Class<T> type = preference.type();
        if (type == Boolean.class) {
            return (FieldValue<T>) fields.bool(preference.name(), preference.nullable());
        }
        if (type == JsonDocument.class) {
            return (FieldValue<T>) fields.json(preference.name(), preference.nullable());
        }
        if (type.isEnum() && Choice.class.isAssignableFrom(type)) {
            return (FieldValue<T>) fields.choice(preference.name(), (Class) type, preference.nullable());
        }
        throw new IllegalStateException("no reader for " + preference + " of " + type);
    }

    public void delete(Context ctx) {
        boolean currentPasswordSent = currentPasswordSent(ctx);
        users.delete().delete(new DeleteUserUseCase.DeleteUserCommand(Authenticator.actor(ctx), lookup(ctx),
                currentPasswordSent));
        ctx.status(204);
    }

    /** Confirms a new address with the mailed code; anyone holding the code may, as in PostHog. */
    public void verifyEmail(Context ctx) {
        Fields fields = Fields.of(ctx);
        users.emailChange().verify(fields.string("uuid", true).orElse(null),
                fields.string("code", true).orElse(null));
        Json.respond(ctx, Map.of("success", true));
    }

    public void cancelEmailChange(Context ctx) {
        Actor actor = Authenticator.actor(ctx);
        UserProfile cancelled = users.emailChange().cancel(
                new EmailChangeUseCase.CancelEmailChangeCommand(actor, currentPasswordSent(ctx)));
        Json.respond(ctx, UserResponse.from(cancelled, sensitiveUntil(actor)));
    }

    /** The hedgehog settings as stored, or {@code {}}. */
    public void hedgehogConfig(Context ctx) {
        writeJson(ctx, users.hedgehogConfig().get(Authenticator.actor(ctx), lookup(ctx)));
    }

    /**
     * Stores the whole body, whatever JSON it is, and echoes it; no body stores {@code {}}. The body is capped:
     * a settings blob has no business being large.
     */
    public void replaceHedgehogConfig(Context ctx) {
        writeJson(ctx, users.hedgehogConfig().replace(Authenticator.actor(ctx), lookup(ctx), () -> {
            if (ctx.bodyAsBytes().length > MAX_HEDGEHOG_CONFIG_BYTES) {
                throw new HttpFailure(413, new ErrorResponse("invalid_request", "content_too_large",
                        "Request body is too large: the limit is " + MAX_HEDGEHOG_CONFIG_BYTES + " bytes.", null));
            }
            Optional<JsonNode> json = RequestBody.of(ctx).json();
            return JsonValues.document(json.isPresent() ? json.get() : Fields.of(ctx).object());
        }));
    }

    /** Pins a dashboard to a scene in the user's current project; answers the whole user. */
    public void personaliseScene(Context ctx) {
        Actor actor = Authenticator.actor(ctx);
        boolean currentPasswordSent = currentPasswordSent(ctx);
        UserProfile updated = users.scenePersonalisation().personalise(new PersonaliseSceneCommand(actor,
                lookup(ctx), currentPasswordSent, () -> sceneChoice(Fields.of(ctx))));
        Json.respond(ctx, UserResponse.from(updated, sensitiveUntil(actor)));
    }

    public void retrieve(Context ctx) {
        Actor actor = Authenticator.actor(ctx);
        Json.respond(ctx, UserResponse.from(users.get().get(new GetUserUseCase.GetUserQuery(actor, lookup(ctx))),
                sensitiveUntil(actor)));
    }

    private static SceneChoice sceneChoice(Fields fields) {
        return new SceneChoice(fields.text("scene"), fields.primaryKey("dashboard").map(key -> new DashboardKey(
                key.sent(), key.number().signum() > 0 && key.number().bitLength() < Long.SIZE
                        ? new DashboardId(key.number().longValue())
                        : null)));
    }

    /**
     * Whether the body carries {@code current_password} at its top level, which the use case counts against the
     * user's password checks. Reading it parses the body, so a malformed one is refused before the action, as
     * Django REST framework parses it for its throttle.
     */
    private static boolean currentPasswordSent(Context ctx) {
        return RequestBody.of(ctx).has("current_password");
    }

    /** A stored JSON value, written as it is ({@code null} for JSON null). */
    private static void writeJson(Context ctx, JsonDocument document) {
        ctx.contentType("application/json").result(document == null ? "null" : document.json());
    }

    /** PostHog's {@code sensitive_session_expires_at}: when the caller's session stops allowing sensitive actions. */
    private static String sensitiveUntil(Actor actor) {
        return PostHogTime.format(RecentAuthentication.expiresAt(actor));
    }

    /**
     * The {@code {uuid}} segment. PostHog's router only matches segments without a dot, so a dotted one is an
     * unknown endpoint rather than an unknown user.
     */
    public static String lookup(Context ctx) {
        String lookup = ctx.pathParam("uuid");
        if (lookup.indexOf('.') >= 0) {
            throw HttpFailure.endpointNotFound();
        }
        return lookup;
    }

    /** django-filter's boolean widget: true/false/1/0 in any case; anything else ignores the filter. */
    private static Boolean staffFilter(String value) {
        if (value == null) {
            return null;
        }
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "true", "1" -> Boolean.TRUE;
            case "false", "0" -> Boolean.FALSE;
            default -> null;
        };
    }

    /**
     * django-filter's text filter, through a Django form field: stripped, no filter when empty, and NUL refused as
     * Django refuses it.
     */
    private static String emailFilter(String value) {
        if (value == null) {
            return null;
        }
        if (value.indexOf(0) >= 0) {
            throw new InvalidInputException("null_characters_not_allowed", "Null characters are not allowed.",
                    "email");
        }
        String stripped = PythonText.strip(value);
        return stripped.isEmpty() ? null : stripped;
    }
}
