package dev.burrow.jdbc.throttle;

import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The SQL of the {@code throttle_buckets} and {@code throttle_events} tables. */
interface ThrottleQueries {

    /**
     * The bucket's row, or nothing (0) when it exists or a racing first attempt inserted it first: either database
     * waits for that racing insert, and neither fails the statement, so no savepoint is needed around it. A row
     * this inserts is the transaction's own, locked until it ends.
     */
    @SqlUpdate("insert into throttle_buckets (bucket) values (:bucket) on conflict do nothing")
    int insertBucket(@Bind("bucket") String bucket);

    /** Locks the bucket's row until the transaction ends; empty (and nothing locked) when there is none yet. */
    @SqlQuery("select bucket from throttle_buckets where bucket = :bucket for update")
    Optional<String> lockBucket(@Bind("bucket") String bucket);

    @SqlUpdate("insert into throttle_events (bucket, occurred_at) values (:bucket, :at)")
    void insertEvent(@Bind("bucket") String bucket, @Bind("at") Instant at);

    /** The bucket's latest {@code limit} attempts after {@code after}, newest first. */
    @SqlQuery("""
            select occurred_at from throttle_events
            where bucket = :bucket and occurred_at > :after
            order by occurred_at desc
            limit :limit
            """)
    List<Instant> recent(@Bind("bucket") String bucket, @Bind("after") Instant after, @Bind("limit") int limit);

    @SqlQuery("select count(*) from throttle_events where bucket = :bucket and occurred_at > :since")
    int countSince(@Bind("bucket") String bucket, @Bind("since") Instant since);

    @SqlQuery("""
            select occurred_at from throttle_events
            where bucket = :bucket
            order by occurred_at desc
            limit 1
            """)
    Optional<Instant> latest(@Bind("bucket") String bucket);

    @SqlUpdate("delete from throttle_events where bucket = :bucket and occurred_at <= :before")
    void forget(@Bind("bucket") String bucket, @Bind("before") Instant before);

    @SqlUpdate("delete from throttle_events where bucket = :bucket")
    void reset(@Bind("bucket") String bucket);

    /** Deletes every attempt of the bucket at that exact (stored) instant; how many there were. */
    @SqlUpdate("delete from throttle_events where bucket = :bucket and occurred_at = :at")
    int deleteAt(@Bind("bucket") String bucket, @Bind("at") Instant at);

    @SqlUpdate("delete from throttle_events where occurred_at < :cutoff")
    void forgetBefore(@Bind("cutoff") Instant cutoff);

    /** Up to {@code limit} buckets with no attempt left: housekeeping's candidates. */
    @SqlQuery("""
            select bucket from throttle_buckets b
            where not exists (select 1 from throttle_events e where e.bucket = b.bucket)
            order by bucket
            limit :limit
            """)
    List<String> emptyBuckets(@Bind("limit") int limit);

    /** Locks the buckets' rows until the transaction ends, in one order, as every locker takes one at a time. */
    @SqlQuery("select bucket from throttle_buckets where bucket in (<buckets>) order by bucket for update")
    List<String> lockBuckets(@BindList("buckets") List<String> buckets);

    @SqlUpdate("""
            delete from throttle_buckets b
            where b.bucket in (<buckets>)
            and not exists (select 1 from throttle_events e where e.bucket = b.bucket)
            """)
    int deleteIfEmpty(@BindList("buckets") List<String> buckets);
}
