/**
 * The real GitHub, behind the application's gateway ports: {@link dev.burrow.github.GithubApp}, a client of GitHub's
 * REST API for the GitHub App (installation tokens, repositories, uninstalls) and the OAuth flow that links a user's
 * GitHub account, configured by {@link dev.burrow.github.GithubAppSettings}. Base URLs come from configuration, so
 * the same code talks to github.com, GitHub Enterprise or a test stub.
 */
package dev.burrow.github;
