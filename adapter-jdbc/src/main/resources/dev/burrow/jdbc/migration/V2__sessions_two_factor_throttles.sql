-- Sessions, two-factor authentication and rate limits: the state every server instance must share. Like V1, it
-- runs unchanged on PostgreSQL and on H2 in MODE=PostgreSQL.

-- The projects and organizations a key is limited to on PostHog's other APIs, as JSON arrays; null for none.
alter table personal_api_keys add column scoped_teams varchar;
alter table personal_api_keys add column scoped_organizations varchar;

-- id is the SHA-256 (hex) of the key in the cookie: a copy of this table opens no session.
create table sessions (
    id               varchar(64) primary key,
    user_id          bigint not null references users on delete cascade,
    state            varchar(32) not null,
    created_at       timestamp with time zone not null,
    authenticated_at timestamp with time zone not null,
    expires_at       timestamp with time zone not null,
    csrf_secret      varchar(32) not null
);
create index sessions_user_id on sessions (user_id);
create index sessions_expires_at on sessions (expires_at);

-- A setup waiting for its first code lives as long as the session it was started in, at most.
create table two_factor_setups (
    session_id varchar(64) primary key references sessions on delete cascade,
    user_id    bigint not null references users on delete cascade,
    secret_hex varchar(40) not null,
    started_at timestamp with time zone not null
);
create index two_factor_setups_user_id on two_factor_setups (user_id);

-- One confirmed authenticator per user. last_step and failures change only by conditional updates, so two
-- logins racing with the same code cannot both pass.
create table totp_devices (
    user_id         bigint primary key references users on delete cascade,
    secret_hex      varchar(40) not null,
    last_step       bigint not null,
    failures        integer not null,
    last_failure_at timestamp with time zone,
    created_at      timestamp with time zone not null
);

-- Only a salted hash of each code is kept; spending a code deletes its row.
create sequence backup_code_ids;
create table backup_codes (
    id         bigint primary key,
    user_id    bigint not null references users on delete cascade,
    code_hash  varchar(128) not null,
    created_at timestamp with time zone not null
);
create index backup_codes_user_id on backup_codes (user_id);

-- A bucket's row is the lock its attempts are checked and recorded under ("select ... for update"), so a limit
-- holds across connections and server instances. Buckets name an account or a client address; 400 characters
-- leave room for a prefix and the longest email address.
create table throttle_buckets (
    bucket varchar(400) primary key
);
create table throttle_events (
    bucket      varchar(400) not null references throttle_buckets on delete cascade,
    occurred_at timestamp with time zone not null
);
create index throttle_events_bucket_occurred_at on throttle_events (bucket, occurred_at);
