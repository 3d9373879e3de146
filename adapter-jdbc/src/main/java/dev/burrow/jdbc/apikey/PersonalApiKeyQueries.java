package dev.burrow.jdbc.apikey;

import dev.burrow.jdbc.database.BindRecord;
import dev.burrow.jdbc.user.UserColumns;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

import java.util.List;
import java.util.Optional;

/** The SQL of the {@code personal_api_keys} table. */
interface PersonalApiKeyQueries {

    String COLUMNS = """
            id, user_id, label, secure_value, mask_value, scopes, scoped_teams, scoped_organizations, created_at,
            last_used_at, last_rolled_at
            """;

    @SqlUpdate("insert into personal_api_keys (" + COLUMNS + """
            ) values (
                :id, :userId, :label, :secureValue, :maskValue, :scopes, :scopedTeams, :scopedOrganizations,
                :createdAt, :lastUsedAt, :lastRolledAt)
            """)
    void insert(@BindRecord PersonalApiKeyRow key);

    String BY_SECURE_VALUE = "select " + COLUMNS + " from personal_api_keys where secure_value = :secureValue";

    /** The key's columns named {@code key_...}, and its holder's as they are: one row for both. */
    String WITH_HOLDER = "select " + keyColumns() + ", " + UserColumns.of("u") + """
             from personal_api_keys k join users u on u.id = k.user_id
            where k.secure_value = :secureValue
            """;

    private static String keyColumns() {
        StringBuilder columns = new StringBuilder();
        for (String column : COLUMNS.split(",")) {
            String name = column.strip();
            columns.append(columns.isEmpty() ? "" : ", ").append("k.").append(name).append(" as key_").append(name);
        }
        return columns.toString();
    }

    @SqlQuery("select " + COLUMNS + " from personal_api_keys where id = :id and user_id = :owner")
    Optional<PersonalApiKeyRow> byId(@Bind("owner") long owner, @Bind("id") String id);

    @SqlQuery("select " + COLUMNS + " from personal_api_keys where user_id = :userId order by created_at, id")
    List<PersonalApiKeyRow> ofUser(@Bind("userId") long userId);

    @SqlQuery("select count(*) from personal_api_keys where user_id = :userId")
    int countOf(@Bind("userId") long userId);

    /** Holds the owner's row until the transaction ends, so that two additions of their keys take turns. */
    @SqlQuery("select id from users where id = :userId for update")
    Optional<Long> lockOwner(@Bind("userId") long userId);

    // Only what a user may edit: the hash, the mask and the times stay as they are.
    @SqlUpdate("""
            update personal_api_keys set
                label = :label, scopes = :scopes, scoped_teams = :scopedTeams,
                scoped_organizations = :scopedOrganizations
            where id = :id
            """)
    void update(@Bind("id") String id, @Bind("label") String label, @Bind("scopes") String scopes,
                @Bind("scopedTeams") String scopedTeams, @Bind("scopedOrganizations") String scopedOrganizations);

    @SqlUpdate("delete from personal_api_keys where id = :id and user_id = :owner")
    int delete(@Bind("owner") long owner, @Bind("id") String id);

    // Two requests may record uses out of order; the condition keeps the latest whichever writes last.
    String RECORD_USE = """
            update personal_api_keys set last_used_at = :usedAt
            where id = :id and (last_used_at is null or last_used_at < :usedAt)
            """;
}
