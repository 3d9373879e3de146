package dev.burrow.bootstrap.walls;

import dev.burrow.domain.HostApi;

/** A host-API type whose public method gives back an unmarked burrow type: what the architecture test must catch. */
@HostApi
public final class LeakyHostApi {

    private LeakyHostApi() {
    }

    public static Internal internal() {
        return new Internal();
    }

    /** Marked types may keep unmarked ones to themselves. */
    static Internal kept() {
        return new Internal();
    }

    /** burrow's own, not promised to hosts. */
    public static final class Internal {
    }
}
