package dev.burrow.application.user;

import java.util.List;

/** One page of users and how many there are in all. */
public record UserProfilePage(long count, List<UserProfile> results) {

    public UserProfilePage {
        results = List.copyOf(results);
    }
}
