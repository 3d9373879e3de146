package dev.burrow.jdbc.user;

import dev.burrow.jdbc.database.Database;

import java.util.Optional;

/**
 * The {@code user_blocks} table: for each block of {@value #SIZE} user ids, how many of its users are active. The
 * repository changes it in the same transaction as the users it counts, so it is as exact as the users table: no
 * cache to go stale. The unfiltered list reads its total here, and a deep offset finds the block it falls in here,
 * then walks the users index from that block's first id rather than from the start.
 *
 * <p>The price is a row lock: users added at the same time fall in the same block and take turns at its row until
 * their transactions end. Adding a user is rare next to reading one.
 */
final class UserBlocks {

    /** Ids per block; V6 writes the same number into its {@code id / 1024}. */
    static final long SIZE = 1024;

    private static final String ADD = "update user_blocks set active = active + :delta where block = :block";
    private static final String CREATE =
            "insert into user_blocks (block, active) values (:block, :delta) on conflict do nothing";
    private static final String TOTAL = "select coalesce(sum(active), 0) from user_blocks";

    /** The block that holds the offset, with how many active users come before the block. */
    private static final String LOCATE = """
            select block, before from (
                select block, active, sum(active) over (order by block) - active as before from user_blocks
            ) counted
            where active > 0 and before <= :offset and before + active > :offset
            """;

    private final Database database;

    UserBlocks(Database database) {
        this.database = database;
    }

    /** Counts one more ({@code delta} 1) or one fewer ({@code -1}) active user with this id; call in a transaction. */
    void count(long userId, int delta) {
        long block = userId / SIZE;
        if (add(block, delta) == 0 && database.execute(CREATE, u -> u.bind("block", block).bind("delta", delta)) == 0
                && add(block, delta) == 0) {
            throw new IllegalStateException("user block " + block + " is neither there nor creatable");
        }
    }

    /** How many active users there are. */
    long total() {
        return database.first(TOTAL, Long.class, query -> { }).orElse(0L);
    }

    /** Where the active user at {@code offset} (0-based, in id order) is; empty past the last one. */
    Optional<Position> locate(long offset) {
        return database.first(LOCATE, Position.class, query -> query.bind("offset", offset));
    }

    private int add(long block, int delta) {
        return database.execute(ADD, update -> update.bind("block", block).bind("delta", delta));
    }

    /**
     * The block holding an offset, and how many active users come before it.
     *
     * @param block  the block's number: its ids start at {@code block * SIZE}
     * @param before active users with smaller ids
     */
    record Position(long block, long before) {

        long firstId() {
            return block * SIZE;
        }
    }
}
