package dev.burrow.http.user;

import java.util.List;

/** A page of users with Django REST framework's {@code count}, {@code next} and {@code previous}. */
record UserListResponse(long count, String next, String previous, List<UserResponse> results) {
}
