-- Passkeys (issue 13). Runs unchanged on PostgreSQL and on H2 in MODE=PostgreSQL.

-- A user's passkeys, as PostHog's webauthn_credential keeps them. Binary values are kept as base64url text (one
-- column type on both databases); transports are a JSON array of strings. The credential id is unique across all
-- users, so a passkey login finds one passkey. counter moves only by a conditional update, so two logins racing
-- with one signature count cannot both pass.
create table webauthn_credentials (
    id            uuid primary key,
    user_id       bigint not null references users on delete cascade,
    credential_id varchar(1400) not null unique,
    label         varchar(200) not null,
    public_key    varchar(2800) not null,
    algorithm     integer not null,
    counter       bigint not null,
    transports    varchar(1000) not null,
    verified      boolean not null,
    created_at    timestamp with time zone not null
);
create index webauthn_credentials_user_id on webauthn_credentials (user_id);

-- The challenge of a ceremony in progress, one per holder (the hash of a session's or a passkey login's key) and
-- ceremony; taken by deleting it, so it is used once.
create table webauthn_challenges (
    holder        varchar(64) not null,
    ceremony      varchar(20) not null,
    challenge     varchar(100) not null,
    user_id       bigint references users on delete cascade,
    credential    uuid,
    expires_at    timestamp with time zone not null,
    primary key (holder, ceremony)
);
create index webauthn_challenges_expires_at on webauthn_challenges (expires_at);
