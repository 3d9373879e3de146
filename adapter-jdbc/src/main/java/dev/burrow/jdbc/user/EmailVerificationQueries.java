package dev.burrow.jdbc.user;

import dev.burrow.jdbc.database.BindRecord;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

import java.util.Optional;

/** The SQL of the {@code email_verifications} table. */
interface EmailVerificationQueries {

    String COLUMNS = "user_id, email, code_hash, created_at, failures";

    @SqlQuery("select " + COLUMNS + " from email_verifications where user_id = :userId")
    Optional<EmailVerificationRow> byUser(@Bind("userId") long userId);

    @SqlUpdate("""
            update email_verifications set
                email = :email, code_hash = :codeHash, created_at = :createdAt, failures = :failures
            where user_id = :userId
            """)
    int replace(@BindRecord EmailVerificationRow verification);

    @SqlUpdate("insert into email_verifications (" + COLUMNS + """
            ) values (:userId, :email, :codeHash, :createdAt, :failures)
            """)
    void insert(@BindRecord EmailVerificationRow verification);

    /** One conditional statement, so tries racing each other cannot pass the limit together. */
    @SqlUpdate("update email_verifications set failures = failures + 1 where user_id = :userId and failures < :limit")
    int claimAttempt(@Bind("userId") long userId, @Bind("limit") int limit);

    @SqlUpdate("delete from email_verifications where user_id = :userId")
    void delete(@Bind("userId") long userId);
}
