package dev.burrow.domain.github;

/** The GitHub account an installation belongs to: its type ({@code User}, {@code Organization}) and login. */
public record GithubAccount(String type, String name) {
}
