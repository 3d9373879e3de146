package dev.burrow.domain.user;

import dev.burrow.domain.HostApi;

/** What the user does at their organization. */
@HostApi
public enum RoleAtOrganization implements Choice {
    ENGINEERING("engineering"),
    DATA("data"),
    PRODUCT("product"),
    FOUNDER("founder"),
    LEADERSHIP("leadership"),
    MARKETING("marketing"),
    SALES("sales"),
    STUDENT("student"),
    OTHER("other");

    private final String value;

    RoleAtOrganization(String value) {
        this.value = value;
    }

    @Override
    public String value() {
        return value;
    }
}
