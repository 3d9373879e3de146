package dev.burrow.application.reset;

import dev.burrow.application.credential.DjangoPasswordHasher;
import dev.burrow.application.credential.PasswordHasher;
import dev.burrow.application.fake.MovableClock;
import dev.burrow.application.fake.Persistence;
import dev.burrow.application.fake.RecordingMailer;
import dev.burrow.application.fake.TestData;
import dev.burrow.application.mail.Mailer;
import dev.burrow.application.reset.PasswordResetUseCase.CompleteResetCommand;
import dev.burrow.application.reset.PasswordResetUseCase.RequestResetCommand;
import dev.burrow.application.session.SessionRepository;
import dev.burrow.application.throttle.RateLimiter;
import dev.burrow.application.transaction.TransactionRunner;
import dev.burrow.application.user.UserRepository;
import dev.burrow.domain.failure.BurrowException;
import dev.burrow.domain.failure.InvalidInputException;
import dev.burrow.domain.user.User;
import org.junit.jupiter.api.Test;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The reset use case from Java, as an embedding host calls it: an unknown address is answered after the very work
 * a known one gets (the same ports called in the same order, one token signed, over a decoy for no user), and the
 * mail, the one difference,
 * leaves the request's thread so a slow mail server shows in no answer's time.
 */
class PasswordResetFromJavaTest {

    private static final Instant NOW = Instant.parse("2026-11-28T12:00:00Z");
    private static final String SITE = "https://app.example.com";
    private static final Pattern TOKEN = Pattern.compile("/reset/[0-9a-f-]{36}/([0-9a-z]+-[0-9a-f]{32})");
    private static final PasswordHasher HASHER = new DjangoPasswordHasher(1000, new SecureRandom());

    private final Persistence persistence = Persistence.inMemory();
    private final TestData data = new TestData(persistence);
    private final MovableClock clock = new MovableClock(NOW);
    private final RecordingMailer mailer = new RecordingMailer(true);
    private final List<String> calls = Collections.synchronizedList(new ArrayList<>());

    @Test
    void a_known_and_an_unknown_address_call_the_same_ports_in_the_same_order() {
        data.user("ada@example.com");
        List<Runnable> mails = new ArrayList<>();
        PasswordResetUseCase reset = recorded(mails::add);

        reset.request(new RequestResetCommand("nobody@example.com", "10.0.0.1", SITE));
        List<String> unknown = List.copyOf(calls);
        calls.clear();
        reset.request(new RequestResetCommand("ada@example.com", "10.0.0.1", SITE));
        List<String> known = List.copyOf(calls);

        assertThat(unknown).isNotEmpty().isEqualTo(known);
        assertThat(unknown).containsExactly("RateLimiter.tryAcquire", "SigningSecretRepository.secrets",
                "UserRepository.byEmail", "ResetTokens.sign");
        // The mail is the difference, handed to the sender and not sent on the request's thread.
        assertThat(mails).hasSize(1);
        assertThat(mailer.sent()).isEmpty();
        mails.get(0).run();
        assertThat(mailer.sent()).extracting(Mailer.Email::to).containsExactly("ada@example.com");
    }

    /**
     * A mail server taking 20 ms a message would add 20 ms to every known address's answer if the mail were sent on
     * the request's thread; sent off it, the medians of known and unknown addresses stay within 5 ms of each other
     * (measured: both well under a millisecond over the in-memory store).
     */
    @Test
    void a_slow_mail_server_shows_in_no_answer_time() {
        Mailer slow = new Mailer() {
            @Override
            public boolean deliversMail() {
                return true;
            }

            @Override
            public void send(Email email) {
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        };
        PasswordResetUseCase reset = PasswordResetUseCases.create(persistence.users(), persistence.sessions(),
                persistence.signingSecrets(), persistence.rateLimiter(), HASHER, persistence.transactions(), slow,
                clock, new SecureRandom());
        int rounds = 60;
        for (int i = 0; i < rounds; i++) {
            data.user("known" + i + "@example.com");
        }
        long[] known = new long[rounds];
        long[] unknown = new long[rounds];
        for (int i = 0; i < rounds; i++) {
            RequestResetCommand stranger = new RequestResetCommand("unknown" + i + "@example.com", "10.0.0.1", SITE);
            RequestResetCommand user = new RequestResetCommand("known" + i + "@example.com", "10.0.0.1", SITE);
            unknown[i] = timed(() -> reset.request(stranger));
            known[i] = timed(() -> reset.request(user));
        }
        long knownMedian = median(known);
        long unknownMedian = median(unknown);
        System.out.printf("reset request medians over %d: known %d us, unknown %d us%n", rounds,
                knownMedian / 1000, unknownMedian / 1000);
        assertThat(Math.abs(knownMedian - unknownMedian)).isLessThan(Duration.ofMillis(5).toNanos());
    }

    @Test
    void a_reset_from_java_ends_every_session_and_a_rotation_keeps_links_for_one_more_secret() {
        User ada = data.user("ada@example.com", "the old passphrase we had", HASHER);
        PasswordResetUseCase reset = PasswordResetUseCases.create(persistence.users(), persistence.sessions(),
                persistence.signingSecrets(), persistence.rateLimiter(), HASHER, persistence.transactions(), mailer,
                Runnable::run, clock, new SecureRandom());
        persistence.sessions().add(dev.burrow.domain.session.Session.open(ada.id(), NOW, new SecureRandom())
                .session());

        reset.request(new RequestResetCommand("ada@example.com", "10.0.0.1", SITE));
        String token = tokenIn(mailer.lastTo("ada@example.com"));
        reset.rotateSecret();
        reset.check(ada.uuid().toString(), token);
        reset.rotateSecret();
        assertThatThrownBy(() -> reset.check(ada.uuid().toString(), token)).isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((BurrowException) e).code()).isEqualTo("invalid_token");

        clock.advance(Duration.ofSeconds(1));
        reset.request(new RequestResetCommand("ada@example.com", "10.0.0.1", SITE));
        String fresh = tokenIn(mailer.lastTo("ada@example.com"));
        assertThat(reset.complete(new CompleteResetCommand(ada.uuid().toString(), fresh,
                "a brand new hedgehog passphrase")).value()).isEqualTo("ada@example.com");
        assertThat(persistence.sessions().deleteAllOf(ada.id(), null)).isZero();
        assertThat(HASHER.verify("a brand new hedgehog passphrase",
                persistence.users().byId(ada.id()).orElseThrow().password())).isTrue();
    }

    /** The use case over ports that write down each call, and a signer that writes down each token it signs. */
    private PasswordResetUseCase recorded(Executor mailSender) {
        ResetTokens tokens = new ResetTokens() {
            @Override
            String sign(Signed subject, Instant now, String secret) {
                calls.add("ResetTokens.sign");
                return super.sign(subject, now, secret);
            }
        };
        return new PasswordResetService(record(UserRepository.class, persistence.users()),
                record(SessionRepository.class, persistence.sessions()),
                record(SigningSecretRepository.class, persistence.signingSecrets()),
                record(RateLimiter.class, persistence.rateLimiter()), record(PasswordHasher.class, HASHER),
                new dev.burrow.application.credential.PasswordPolicy(),
                record(TransactionRunner.class, persistence.transactions()), new ResetMail(mailer, mailSender),
                tokens, clock, new SecureRandom());
    }

    /** {@code target}, with each call through {@code port} written down as "Port.method". */
    private <T> T record(Class<T> port, T target) {
        return port.cast(Proxy.newProxyInstance(port.getClassLoader(), new Class<?>[]{port}, (proxy, method, args) -> {
            if (method.getDeclaringClass() != Object.class) {
                calls.add(port.getSimpleName() + "." + method.getName());
            }
            try {
                return method.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }));
    }

    private static String tokenIn(Mailer.Email email) {
        Matcher matcher = TOKEN.matcher(email.body());
        assertThat(matcher.find()).as(email.body()).isTrue();
        return matcher.group(1);
    }

    private static long timed(Runnable work) {
        long start = System.nanoTime();
        work.run();
        return System.nanoTime() - start;
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

}
