package dev.burrow.jdbc.passkey;

import dev.burrow.jdbc.database.BindRecord;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The SQL of the {@code webauthn_credentials} and {@code webauthn_challenges} tables. */
interface WebauthnQueries {

    String COLUMNS = "id, user_id, credential_id, label, public_key, algorithm, counter, transports, verified, "
            + "created_at";

    @SqlUpdate("insert into webauthn_credentials (" + COLUMNS + """
            ) values (:id, :userId, :credentialId, :label, :publicKey, :algorithm, :counter, :transports, :verified,
            :createdAt)
            """)
    void insert(@BindRecord WebauthnCredentialRow credential);

    @SqlQuery("select " + COLUMNS + " from webauthn_credentials where id = :id")
    Optional<WebauthnCredentialRow> byId(@Bind("id") UUID id);

    @SqlQuery("select " + COLUMNS + " from webauthn_credentials where credential_id = :credentialId")
    Optional<WebauthnCredentialRow> byCredentialId(@Bind("credentialId") String credentialId);

    @SqlQuery("select " + COLUMNS + " from webauthn_credentials where user_id = :userId "
            + "order by created_at desc, id desc")
    List<WebauthnCredentialRow> ofUser(@Bind("userId") long userId);

    @SqlQuery("select count(*) from webauthn_credentials where user_id = :userId and verified")
    int countVerified(@Bind("userId") long userId);

    /** Of the users {@code <users>}, those for whom passkeys are turned on for 2FA and who have a verified one. */
    String WITH_PASSKEY_SECOND_FACTOR = """
            select distinct u.id from users u join webauthn_credentials w on w.user_id = u.id
            where u.id in (<users>) and u.passkeys_enabled_for_2fa and w.verified
            """;

    @SqlUpdate("update webauthn_credentials set label = :label where id = :id")
    int rename(@Bind("id") UUID id, @Bind("label") String label);

    @SqlUpdate("update webauthn_credentials set verified = true, counter = :counter where id = :id and not verified")
    int markVerified(@Bind("id") UUID id, @Bind("counter") long counter);

    @SqlUpdate("""
            update webauthn_credentials set counter = :counter
            where id = :id and (counter < :counter or (counter = 0 and :counter = 0))
            """)
    int advanceCounter(@Bind("id") UUID id, @Bind("counter") long counter);

    @SqlUpdate("delete from webauthn_credentials where id = :id")
    int delete(@Bind("id") UUID id);

    @SqlUpdate("delete from webauthn_challenges where holder = :holder and ceremony = :ceremony")
    int deleteChallenge(@Bind("holder") String holder, @Bind("ceremony") String ceremony);

    @SqlUpdate("delete from webauthn_challenges where holder = :holder and ceremony = :ceremony "
            + "and challenge = :challenge")
    int takeChallenge(@Bind("holder") String holder, @Bind("ceremony") String ceremony,
                      @Bind("challenge") String challenge);

    @SqlUpdate("""
            insert into webauthn_challenges (holder, ceremony, challenge, user_id, credential, expires_at)
            values (:holder, :ceremony, :challenge, :userId, :credential, :expiresAt)
            """)
    void insertChallenge(@BindRecord WebauthnChallengeRow challenge);

    @SqlQuery("""
            select holder, ceremony, challenge, user_id, credential, expires_at from webauthn_challenges
            where holder = :holder and ceremony = :ceremony
            """)
    Optional<WebauthnChallengeRow> challenge(@Bind("holder") String holder, @Bind("ceremony") String ceremony);

    @SqlUpdate("delete from webauthn_challenges where expires_at <= :now")
    int deleteExpiredChallenges(@Bind("now") Instant now);
}
