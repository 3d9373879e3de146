package dev.burrow.jdbc.reset;

import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

import java.util.Optional;

/** The SQL of the {@code signing_secrets} table. */
interface SigningSecretQueries {

    /** Inserts nothing when the purpose has its secret: two first instances meet at the primary key. */
    @SqlUpdate("""
            insert into signing_secrets (purpose, current_secret) values (:purpose, :secret)
            on conflict do nothing
            """)
    void insertIfAbsent(@Bind("purpose") String purpose, @Bind("secret") String secret);

    @SqlQuery("select purpose, current_secret, previous_secret from signing_secrets where purpose = :purpose")
    Optional<SigningSecretRow> byPurpose(@Bind("purpose") String purpose);

    @SqlUpdate("""
            update signing_secrets set previous_secret = current_secret, current_secret = :next
            where purpose = :purpose
            """)
    int rotate(@Bind("purpose") String purpose, @Bind("next") String next);
}
