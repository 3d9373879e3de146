package dev.burrow.application.credential;

import dev.burrow.domain.user.PasswordHash;
import org.junit.jupiter.api.Test;

import java.security.SecureRandom;

import static org.assertj.core.api.Assertions.assertThat;

class DjangoPasswordHasherTest {

    private final DjangoPasswordHasher hasher = new DjangoPasswordHasher(new SecureRandom());

    /** Hashes as Django makes them (the first is Django 5.2's own test vector for its default hasher). */
    @Test
    void hashes_made_by_django_verify_at_any_iteration_count() {
        assertThat(hasher.verify("l\u00e8tmein",
                new PasswordHash("pbkdf2_sha256$1000000$seasalt$r1uLUxoxpP2Ued/qxvmje7UH9PUJBkRrvf9gGPL7Cps="))).isTrue();
        assertThat(hasher.verify("correct horse battery staple", new PasswordHash(
                "pbkdf2_sha256$870000$Tw4eBH3VxmK1nQ8zR2pLcS$ozP3ZD08/jSt7UBnOFY6b2BQTSDXeuYtTI/BzIl9owM="))).isTrue();
        assertThat(hasher.verify("",
                new PasswordHash("pbkdf2_sha256$1000$emptysalt$Th/GgYSDV3N4Zpkx3TpFlR/PPyCUSrZ7QQFwKxyd/oo="))).isTrue();
        assertThat(hasher.verify("l\u00e8tmein",
                new PasswordHash("pbkdf2_sha1$260000$seasalt$XXHk2gQ7tjWIyrS320RXXsGqkUg="))).isTrue();
    }

    @Test
    void wrong_passwords_and_unknown_or_unusable_hashes_do_not_verify() {
        PasswordHash django = new PasswordHash(
                "pbkdf2_sha256$870000$Tw4eBH3VxmK1nQ8zR2pLcS$ozP3ZD08/jSt7UBnOFY6b2BQTSDXeuYtTI/BzIl9owM=");
        assertThat(hasher.verify("correct horse battery stapler", django)).isFalse();
        assertThat(hasher.verify("x", new PasswordHash("!unusableXYZ"))).isFalse();
        assertThat(hasher.verify("x", new PasswordHash("argon2$argon2id$v=19$m=102400,t=2,p=8$c2FsdA$aGFzaA"))).isFalse();
        assertThat(hasher.verify("x", new PasswordHash("pbkdf2_sha256$many$salt$hash"))).isFalse();
        assertThat(hasher.verify(null, django)).isFalse();
    }

    @Test
    void new_hashes_use_a_million_iterations_and_a_fresh_22_character_salt() {
        DjangoPasswordHasher quick = new DjangoPasswordHasher(1000, new SecureRandom());
        PasswordHash first = quick.hash("correct horse battery staple");
        PasswordHash second = quick.hash("correct horse battery staple");

        assertThat(first.encoded()).matches("pbkdf2_sha256\\$1000\\$[a-zA-Z0-9]{22}\\$[A-Za-z0-9+/]{43}=");
        assertThat(first).isNotEqualTo(second);
        assertThat(quick.verify("correct horse battery staple", first)).isTrue();
        assertThat(quick.needsRehash(first)).isFalse();
        assertThat(hasher.needsRehash(first)).isTrue();
        assertThat(hasher.hash("x").encoded()).startsWith("pbkdf2_sha256$1000000$");
    }
}
