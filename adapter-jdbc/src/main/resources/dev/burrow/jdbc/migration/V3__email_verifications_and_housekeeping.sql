-- Email verification codes, and an index for clearing old rate-limit history. Like V1 and V2, it runs unchanged on
-- PostgreSQL and on H2 in MODE=PostgreSQL.

-- The code confirming a user's new address: one per user, a new one replacing the last. Only a salted hash of it
-- is kept; failures counts wrong tries and only grows by "failures + 1", so tries racing each other all count.
create table email_verifications (
    user_id    bigint primary key references users on delete cascade,
    email      varchar(254) not null,
    code_hash  varchar(128) not null,
    created_at timestamp with time zone not null,
    failures   integer not null
);

-- forgetBefore clears old attempts of every bucket at once: (bucket, occurred_at) cannot find them by time alone.
create index throttle_events_occurred_at on throttle_events (occurred_at);
