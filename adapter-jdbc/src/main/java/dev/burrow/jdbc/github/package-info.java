/**
 * GitHub in burrow's tables: users' links to installations with the repositories last read for each
 * ({@code github_installations}, {@code github_cached_repositories}), installations connected to whole projects
 * ({@code team_installations}) and links waiting for the user to come back ({@code github_link_states}).
 */
package dev.burrow.jdbc.github;
