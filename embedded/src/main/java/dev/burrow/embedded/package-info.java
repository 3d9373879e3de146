/**
 * burrow as a library for a host JVM service: {@link dev.burrow.embedded.Burrow} composes the use cases and the
 * adapters from the host's data source and ports, and mounts the HTTP API into the host's Javalin app.
 *
 * <p><b>The host API.</b> A host imports from several of burrow's packages and artifacts, but only the types marked
 * {@link dev.burrow.domain.HostApi @HostApi} are promised to it; everything else is burrow's own and may change
 * without notice. The marked types are:
 * <ul>
 *   <li>the builder and the plugin: {@link dev.burrow.embedded.Burrow} and {@link dev.burrow.embedded.Burrow.Builder}
 *       ({@code plugin(prefix)} mounts the routes), with {@code dev.burrow.github.GithubAppSettings} for
 *       {@code Builder.github} and {@code dev.burrow.http.auth.HostAuthentication} for
 *       {@code Builder.hostAuthentication};</li>
 *   <li>the ports a host may implement, each given to the builder: {@code dev.burrow.application.organization
 *       .OrganizationDirectory} (with its {@code Affiliation}), {@code dev.burrow.application.dashboard
 *       .DashboardDirectory}, {@code dev.burrow.application.github.TeamInstallationDirectory} and
 *       {@code dev.burrow.application.mail.Mailer};</li>
 *   <li>the provisioning calls, {@code dev.burrow.application.provisioning.Provisioning}
 *       ({@code Burrow.provisioning()}), and the readiness check, {@code dev.burrow.application.health
 *       .ReadinessCheck} ({@code Burrow.readiness()});</li>
 *   <li>the domain values those speak: users ({@code User}, {@code UserId}, {@code EmailAddress}, the
 *       preferences and settings a {@code User} carries), organizations ({@code Organization}, {@code Project},
 *       their ids, {@code Invite}, {@code MembershipLevel}, {@code OrganizationMembership}), dashboards, team
 *       installations and personal API keys with their scopes.</li>
 * </ul>
 *
 * <p>The rule, held by ArchUnit: the marked API is closed (every burrow type a marked type's public members take or
 * give back is marked: {@code ArchitectureTest.the_host_api_is_closed} in {@code bootstrap}), and the example host
 * uses nothing else ({@code HostApiTest} in {@code examples}). A type joins the API by being marked, which the first
 * test then makes complete.
 */
package dev.burrow.embedded;
