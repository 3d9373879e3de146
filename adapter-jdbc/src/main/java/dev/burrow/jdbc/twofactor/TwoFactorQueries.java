package dev.burrow.jdbc.twofactor;

import dev.burrow.jdbc.database.BindRecord;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The SQL of TOTP devices, backup codes and pending 2FA setups. */
interface TwoFactorQueries {

    String DEVICE_COLUMNS = "user_id, secret_hex, last_step, failures, last_failure_at, created_at";

    @SqlQuery("select " + DEVICE_COLUMNS + " from totp_devices where user_id = :userId")
    Optional<TotpDeviceRow> device(@Bind("userId") long userId);

    /**
     * Of the users {@code <users>}, those with a second factor: a TOTP device, or (issue 13) passkeys turned on for 2FA
     * with a verified one; one statement, so the profile's read costs no more for passkeys.
     */
    String WITH_DEVICE = """
            select user_id from totp_devices where user_id in (<users>)
            union
            select w.user_id from webauthn_credentials w join users u on u.id = w.user_id
            where w.user_id in (<users>) and w.verified and u.passkeys_enabled_for_2fa
            """;

    @SqlUpdate("""
            update totp_devices set
                secret_hex = :secretHex, last_step = :lastStep, failures = :failures,
                last_failure_at = :lastFailureAt, created_at = :createdAt
            where user_id = :userId
            """)
    int replaceDevice(@BindRecord TotpDeviceRow device);

    @SqlUpdate("insert into totp_devices (" + DEVICE_COLUMNS + """
            ) values (:userId, :secretHex, :lastStep, :failures, :lastFailureAt, :createdAt)
            """)
    void insertDevice(@BindRecord TotpDeviceRow device);

    // The condition is the check: of two requests with the same code, only the first finds last_step below it.
    @SqlUpdate("""
            update totp_devices set last_step = :step, failures = 0, last_failure_at = null
            where user_id = :userId and last_step < :step
            """)
    int acceptStep(@Bind("userId") long userId, @Bind("step") long step);

    @SqlUpdate("""
            update totp_devices set failures = failures + 1, last_failure_at = :at
            where user_id = :userId
            """)
    void recordFailure(@Bind("userId") long userId, @Bind("at") Instant at);

    @SqlUpdate("delete from totp_devices where user_id = :userId")
    void deleteDevice(@Bind("userId") long userId);

    @SqlQuery("select id, code_hash from backup_codes where user_id = :userId order by id")
    List<BackupCodeRow> backupCodes(@Bind("userId") long userId);

    @SqlQuery("select count(*) from backup_codes where user_id = :userId")
    int countBackupCodes(@Bind("userId") long userId);

    /** Holds the user's row until the transaction ends, so that two replacements of their codes take turns. */
    @SqlQuery("select id from users where id = :userId for update")
    Optional<Long> lockUser(@Bind("userId") long userId);

    @SqlBatch("""
            insert into backup_codes (id, user_id, code_hash, created_at)
            values (nextval('backup_code_ids'), :userId, :codeHash, current_timestamp)
            """)
    void insertBackupCodes(@Bind("userId") long userId, @Bind("codeHash") List<String> codeHashes);

    @SqlUpdate("delete from backup_codes where id = :id and user_id = :userId")
    int deleteBackupCode(@Bind("userId") long userId, @Bind("id") long id);

    @SqlUpdate("delete from backup_codes where user_id = :userId")
    void deleteBackupCodes(@Bind("userId") long userId);

    @SqlQuery("select session_id, user_id, secret_hex, started_at from two_factor_setups where session_id = :sessionId")
    Optional<TwoFactorSetupRow> setup(@Bind("sessionId") String sessionId);

    @SqlUpdate("""
            update two_factor_setups set user_id = :userId, secret_hex = :secretHex, started_at = :startedAt
            where session_id = :sessionId
            """)
    int replaceSetup(@BindRecord TwoFactorSetupRow setup);

    @SqlUpdate("""
            insert into two_factor_setups (session_id, user_id, secret_hex, started_at)
            values (:sessionId, :userId, :secretHex, :startedAt)
            """)
    void insertSetup(@BindRecord TwoFactorSetupRow setup);

    @SqlUpdate("delete from two_factor_setups where session_id = :sessionId")
    void deleteSetup(@Bind("sessionId") String sessionId);
}
