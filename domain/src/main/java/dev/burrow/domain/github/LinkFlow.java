package dev.burrow.domain.github;

import dev.burrow.domain.user.Choice;

/**
 * How a user is sent to GitHub to link an installation: to authorize as themselves for an installation their
 * project already has, or to install the App on an account.
 */
public enum LinkFlow implements Choice {
    OAUTH_AUTHORIZE("oauth_authorize"),
    APP_INSTALL("app_install");

    private final String value;

    LinkFlow(String value) {
        this.value = value;
    }

    @Override
    public String value() {
        return value;
    }
}
