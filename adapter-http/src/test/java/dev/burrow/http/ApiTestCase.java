package dev.burrow.http;

import dev.burrow.domain.apikey.ApiScope;
import dev.burrow.domain.apikey.ApiScopes;
import dev.burrow.domain.user.User;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import java.util.List;

/** A fresh server per test, with Ada, who can log in with {@link #PASSWORD}. */
abstract class ApiTestCase {

    static final String PASSWORD = "correct horse battery staple";

    protected ApiServer api;
    protected User ada;

    @BeforeEach
    void startServer() {
        api = new ApiServer();
        ada = api.data().user("ada@example.com", PASSWORD, ApiServer.HASHER);
    }

    @AfterEach
    void stopServer() {
        api.close();
    }

    /** Ada's browser after logging in now. */
    protected ApiServer.Browser logIn() {
        return api.logIn("ada@example.com", PASSWORD);
    }

    /** A new key of Ada's with these scopes. */
    protected String key(ApiScope... scopes) {
        return api.data().apiKey(ada, scopes.length == 0 ? ApiScopes.ALL : ApiScopes.of(List.of(scopes))).value();
    }
}
