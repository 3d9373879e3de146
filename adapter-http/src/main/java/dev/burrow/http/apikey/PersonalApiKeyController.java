package dev.burrow.http.apikey;

import dev.burrow.application.apikey.PersonalApiKeyUseCase;
import dev.burrow.domain.apikey.PersonalApiKey;
import dev.burrow.http.auth.Authenticator;
import dev.burrow.http.json.Fields;
import dev.burrow.http.json.Json;
import io.javalin.http.Context;

import java.util.Optional;

/** {@code /api/personal_api_keys/}: the caller's own keys; the list is a bare array, as PostHog serves it. */
public final class PersonalApiKeyController {

    private final PersonalApiKeyUseCase keys;

    public PersonalApiKeyController(PersonalApiKeyUseCase keys) {
        this.keys = keys;
    }

    public void list(Context ctx) {
        Json.respond(ctx, keys.list(Authenticator.actor(ctx)).stream().map(key -> PersonalApiKeyResponse.of(key, null))
                .toList());
    }

    public void create(Context ctx) {
        Fields fields = Fields.of(ctx);
        PersonalApiKey.Issued issued = keys.create(Authenticator.actor(ctx), new PersonalApiKeyUseCase.NewKey(
                fields.text("label").orElse(null),
                fields.stringList("scopes").orElse(null),
                fields.integerList("scoped_teams").orElse(null),
                fields.stringList("scoped_organizations").orElse(null)));
        Json.respond(ctx.status(201), PersonalApiKeyResponse.of(issued.key(), issued.value()));
    }

    public void retrieve(Context ctx) {
        Json.respond(ctx, PersonalApiKeyResponse.of(keys.get(Authenticator.actor(ctx), ctx.pathParam("id")), null));
    }

    /** PATCH changes what it is given; PUT must be given the label and the scopes. */
    public void update(Context ctx) {
        Fields fields = Fields.of(ctx);
        Optional<String> label = fields.text("label").optional();
        Optional<java.util.List<String>> scopes = fields.stringList("scopes");
        if (ctx.method().name().equals("PUT")) {
            if (label.isEmpty()) {
                throw Fields.required("label");
            }
            if (scopes.isEmpty()) {
                throw Fields.required("scopes");
            }
        }
        PersonalApiKey key = keys.update(Authenticator.actor(ctx), ctx.pathParam("id"),
                new PersonalApiKeyUseCase.KeyChanges(label, scopes, fields.integerList("scoped_teams"),
                        fields.stringList("scoped_organizations")));
        Json.respond(ctx, PersonalApiKeyResponse.of(key, null));
    }

    public void delete(Context ctx) {
        keys.delete(Authenticator.actor(ctx), ctx.pathParam("id"));
        ctx.status(204);
    }
}
