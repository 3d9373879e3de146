-- GitHub: users' links to installations of burrow's GitHub App with the repositories last read for each, the
-- installations connected to whole projects, and links waiting for the user to come back from GitHub. Like V1 to
-- V4, it runs unchanged on PostgreSQL and on H2 in MODE=PostgreSQL.
--
-- What GitHub names (accounts, logins, repositories, branches, languages) is kept whole, in varchar without length:
-- a limit of burrow's own would only turn a long name into a failed link.

-- A user's link to an installation: one per user and installation, and the unique key is what a second first save
-- runs into (its index also serves lookups by user). account_type and account_name are both null when GitHub named
-- no account. repositories_read_at is when the list in github_cached_repositories was read; null until it ever was.
create table github_installations (
    id                   uuid primary key,
    user_id              bigint not null references users on delete cascade,
    installation_id      bigint not null,
    account_type         varchar,
    account_name         varchar,
    repository_selection varchar,
    github_login         varchar,
    created_at           timestamp with time zone not null,
    updated_at           timestamp with time zone not null,
    repositories_read_at timestamp with time zone,
    constraint github_installations_user_installation_key unique (user_id, installation_id)
);
-- Unlinking asks whether anyone else still links the installation.
create index github_installations_installation_id on github_installations (installation_id);

-- The repositories last read for a link, one row each, in GitHub's order (ordinal counts from 0). A new read
-- replaces them all in one transaction; the link's removal removes them. Columns GitHub may leave out are nullable.
create table github_cached_repositories (
    integration_id uuid not null references github_installations on delete cascade,
    ordinal        integer not null,
    repository_id  bigint not null,
    name           varchar not null,
    full_name      varchar not null,
    is_private     boolean,
    default_branch varchar,
    language       varchar,
    pushed_at      varchar,
    archived       boolean,
    can_push       boolean,
    constraint github_cached_repositories_pkey primary key (integration_id, ordinal)
);

-- Installations connected to whole projects (PostHog's team-level GitHub integrations), for the standalone server;
-- an embedding host reads its own. Deleting the user who connected one keeps it, without a connector
-- (connecting_login still says who it was on GitHub).
create sequence team_installation_ids;
create table team_installations (
    id               bigint primary key,
    project_id       bigint not null references projects on delete cascade,
    installation_id  bigint not null,
    connected_by     bigint references users on delete set null,
    connecting_login varchar,
    created_at       timestamp with time zone not null,
    constraint team_installations_project_installation_key unique (project_id, installation_id)
);
create index team_installations_installation_id on team_installations (installation_id);
-- Also what deleting a user searches to clear connected_by.
create index team_installations_connected_by on team_installations (connected_by);

-- Links waiting for the user to come back from GitHub, for ten minutes. token_hash is the SHA-256 (hex) of the token
-- in the URL: a copy of this table finishes no link. Taking a state deletes its row, so each is used once.
create table github_link_states (
    token_hash      varchar(64) primary key,
    user_id         bigint not null references users on delete cascade,
    flow            varchar(20) not null,
    installation_id bigint,
    connect_from    varchar(20),
    expires_at      timestamp with time zone not null
);
create index github_link_states_user_id on github_link_states (user_id);
create index github_link_states_expires_at on github_link_states (expires_at);
