/**
 * GitHub for tests, shipped in this module's test-jar: {@link dev.burrow.github.testing.GithubStub} serves GitHub's
 * REST API and OAuth endpoints on a local port, signed for by an {@link dev.burrow.github.testing.AppKeyPair}.
 */
package dev.burrow.github.testing;
