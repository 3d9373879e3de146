import dev.burrow.domain.apikey.ApiScopes;
import dev.burrow.domain.apikey.PersonalApiKey;
import dev.burrow.domain.organization.MembershipLevel;
import dev.burrow.domain.organization.Organization;
import dev.burrow.domain.organization.OrganizationId;
import dev.burrow.domain.organization.Project;
import dev.burrow.domain.user.CurrentContext;
import dev.burrow.domain.user.EmailAddress;
import dev.burrow.domain.user.OrganizationMembership;
import dev.burrow.domain.user.User;
import dev.burrow.jdbc.DataSources;
import dev.burrow.jdbc.JdbcStorage;

import com.zaxxer.hikari.HikariDataSource;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Seeds a migrated burrow database for the benchmark through burrow's own storage adapters: N users, each the
 * owner of an organization with one project (their current one) and holding one personal API key, plus one staff
 * user for the list. Writes the keys, one per line, and the staff key.
 *
 * <pre>java -cp bootstrap/target/burrow.jar bench/Seed.java DATABASE USERS KEYS_FILE STAFF_KEY_FILE</pre>
 *
 * {@code DATABASE} is a JDBC or {@code postgres://} URL, or {@code h2:DIR} for the embedded H2 file in DIR.
 */
public final class Seed {

    private static final int BATCH = 500;
    private static final int WRITERS = 2;

    public static void main(String[] args) throws Exception {
        String url = args[0];
        int users = Integer.parseInt(args[1]);
        Path keysFile = Path.of(args[2]);
        Path staffKeyFile = Path.of(args[3]);
        long started = System.nanoTime();
        String jdbcUrl = url.startsWith("h2:") ? DataSources.h2File(Path.of(url.substring(3))) : url;
        try (HikariDataSource pool = DataSources.pool(jdbcUrl, WRITERS + 1)) {
            JdbcStorage storage = new JdbcStorage(pool);
            ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
            List<Future<List<String>>> batches = new ArrayList<>();
            for (int first = 0; first < users; first += BATCH) {
                int from = first;
                int to = Math.min(users, first + BATCH);
                batches.add(writers.submit(() -> retried(() -> storage.transactions().inTransaction(
                        () -> batch(storage, from, to)))));
            }
            try (PrintWriter keys = new PrintWriter(Files.newBufferedWriter(keysFile))) {
                for (Future<List<String>> batch : batches) {
                    batch.get().forEach(keys::println);
                }
            }
            writers.shutdown();
            String staff = storage.transactions().inTransaction(() -> staff(storage));
            Files.writeString(staffKeyFile, staff + "\n");
        }
        System.out.printf("seeded %d users in %.1f s%n", users, (System.nanoTime() - started) / 1e9);
    }

    /**
     * A batch again when the database could not serve it (on a loaded machine, H2 times out on the row lock the
     * two writers take turns at): it rolled back whole, so running it again adds each user once.
     */
    private static <T> T retried(java.util.concurrent.Callable<T> batch) throws Exception {
        for (int attempt = 1; ; attempt++) {
            try {
                return batch.call();
            } catch (dev.burrow.domain.failure.UnavailableException e) {
                if (attempt == 5) {
                    throw e;
                }
            }
        }
    }

    private static List<String> batch(JdbcStorage storage, int from, int to) {
        SecureRandom random = new SecureRandom();
        Instant now = Instant.now();
        List<String> keys = new ArrayList<>(to - from);
        for (int n = from; n < to; n++) {
            Organization organization = Organization.create(OrganizationId.random(), "Org " + n, "bench-org-" + n,
                    now);
            storage.organizations().add(organization);
            Project project = Project.create(storage.organizations().nextProjectId(), UUID.randomUUID(),
                    organization.id(), "phc_bench" + n, "Project " + n, now);
            storage.organizations().add(project);
            User user = User.register(storage.users().nextId(), UUID.randomUUID(), "bench-distinct-" + n,
                    EmailAddress.of("user" + n + "@bench.burrow.test"), "User", "Number " + n, null, false, now)
                    .withCurrentContext(new CurrentContext(organization.id(), project.id()));
            storage.users().add(user);
            storage.organizations().add(new OrganizationMembership(organization.id(), user.id(),
                    MembershipLevel.OWNER, now, null));
            PersonalApiKey.Issued key = PersonalApiKey.issue(user.id(), "bench", ApiScopes.ALL, now, random);
            storage.apiKeys().add(key.key());
            keys.add(key.value());
        }
        return keys;
    }

    private static String staff(JdbcStorage storage) {
        Instant now = Instant.now();
        User staff = User.register(storage.users().nextId(), UUID.randomUUID(), "bench-staff",
                EmailAddress.of("staff@bench.burrow.test"), "Bench", "Staff", null, true, now);
        storage.users().add(staff);
        PersonalApiKey.Issued key = PersonalApiKey.issue(staff.id(), "bench staff", ApiScopes.ALL, now,
                new SecureRandom());
        storage.apiKeys().add(key.key());
        return key.value();
    }

    private Seed() {
    }
}
