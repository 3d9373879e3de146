package dev.burrow.http.user;

import dev.burrow.application.organization.Affiliation;
import dev.burrow.application.user.CurrentOrganization;
import dev.burrow.application.user.UserProfile;
import dev.burrow.domain.apikey.PersonalApiKey;
import dev.burrow.domain.organization.MembershipLevel;
import dev.burrow.domain.organization.Organization;
import dev.burrow.domain.organization.OrganizationId;
import dev.burrow.domain.organization.Project;
import dev.burrow.domain.organization.ProjectId;
import dev.burrow.domain.user.EmailAddress;
import dev.burrow.domain.user.OrganizationMembership;
import dev.burrow.domain.user.PasswordHash;
import dev.burrow.domain.user.User;
import dev.burrow.domain.user.UserId;
import dev.burrow.http.json.Json;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * The pure work of the hot routes, without HTTP or a database: a user written as PostHog's JSON (once for {@code
 * GET @me}, a hundred times for a page of the list), and the hash a presented key is looked up by. In this package
 * because the response types are the HTTP adapter's own. Run: {@code java -jar bench/jmh/target/benchmarks.jar}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class UserJsonBenchmark {

    private static final Instant NOW = Instant.parse("2026-11-29T00:00:00Z");

    private UserProfile me;
    private List<UserProfile> page;
    private String presentedKey;

    @Setup
    public void setUp() {
        me = profile(1);
        page = new ArrayList<>();
        for (int n = 1; n <= 100; n++) {
            page.add(profile(n));
        }
        presentedKey = "phx_" + "k".repeat(47);
    }

    @Benchmark
    public byte[] oneUser() throws Exception {
        return Json.mapper().writeValueAsBytes(UserResponse.from(me, null));
    }

    @Benchmark
    public byte[] pageOfAHundred() throws Exception {
        List<UserResponse> results = new ArrayList<>(page.size());
        for (UserProfile profile : page) {
            results.add(UserResponse.from(profile, null));
        }
        return Json.mapper().writeValueAsBytes(new UserListResponse(100_001, "next", null, results));
    }

    @Benchmark
    public String keyLookupHash() {
        return PersonalApiKey.secureValueOf(presentedKey);
    }

    /** A user as the bench seeds them: an organization of their own with one project, as its owner. */
    private static UserProfile profile(long n) {
        User user = User.register(new UserId(n), UUID.randomUUID(), "bench-distinct-" + n,
                EmailAddress.of("user" + n + "@bench.burrow.test"), "User", "Number " + n,
                new PasswordHash("pbkdf2_sha256$1$salt$hash"), false, NOW);
        Organization organization = Organization.create(OrganizationId.random(), "Org " + n, "bench-org-" + n, NOW);
        Project project = Project.create(new ProjectId(n), UUID.randomUUID(), organization.id(), "phc_bench" + n,
                "Project " + n, NOW);
        OrganizationMembership membership = new OrganizationMembership(organization.id(), user.id(),
                MembershipLevel.OWNER, NOW, null);
        return new UserProfile(user, project, new CurrentOrganization(organization, MembershipLevel.OWNER,
                List.of(project), 1), List.of(new Affiliation(organization, membership, 1)), List.of(), List.of(),
                false, true);
    }
}
