-- burrow's first schema. It runs unchanged on PostgreSQL and on H2 in MODE=PostgreSQL, so it keeps to the
-- types and syntax both share: no serial/identity columns, no jsonb, no expression indexes.
--
-- Ids come from sequences, not column defaults, so that a repository can hand out an id before the row exists
-- (an aggregate is built complete, then added).
create sequence user_ids;
create sequence project_ids;
create sequence dashboard_ids;
create sequence scene_personalisation_ids;

-- JSON values are kept as text (varchar without length): the domain stores them as given and hands them back
-- byte for byte, which jsonb would not (it reorders keys and drops whitespace).
create table organizations (
    id                                uuid primary key,
    name                              varchar(64) not null,
    slug                              varchar(48) not null,
    logo_media_id                     varchar(36),
    created_at                        timestamp with time zone not null,
    updated_at                        timestamp with time zone not null,
    plugins_access_level              smallint not null,
    available_product_features        varchar,
    is_member_join_email_enabled      boolean not null,
    metadata                          varchar not null,
    customer_id                       varchar(200),
    enforce_2fa                       boolean,
    members_can_invite                boolean,
    members_can_use_personal_api_keys boolean not null,
    allow_publicly_shared_resources   boolean not null,
    is_ai_data_processing_approved    boolean,
    default_experiment_stats_method   varchar(20),
    default_anonymize_ips             boolean not null,
    default_role_id                   varchar(40),
    is_active                         boolean,
    is_not_active_reason              varchar(200),
    is_pending_deletion               boolean,
    constraint organizations_slug_key unique (slug)
);

-- PostHog calls these "teams"; project_number is PostHog's project_id.
create table projects (
    id                           bigint primary key,
    uuid                         uuid not null,
    organization_id              uuid not null references organizations on delete cascade,
    project_number               bigint not null,
    api_token                    varchar(200) not null,
    name                         varchar(200) not null,
    completed_snippet_onboarding boolean not null,
    has_completed_onboarding_for varchar,
    ingested_event               boolean not null,
    is_demo                      boolean not null,
    timezone                     varchar(240) not null,
    access_control               boolean not null,
    created_at                   timestamp with time zone not null,
    constraint projects_uuid_key unique (uuid),
    constraint projects_api_token_key unique (api_token)
);
create index projects_organization_id on projects (organization_id);

-- email keeps the casing the user typed; email_folded (its lower case) is what uniqueness and lookups use,
-- because H2 has no index on lower(email).
create table users (
    id                             bigint primary key,
    uuid                           uuid not null,
    distinct_id                    varchar(200),
    email                          varchar(254) not null,
    email_folded                   varchar(254) not null,
    pending_email                  varchar(254),
    is_email_verified              boolean,
    first_name                     varchar(150) not null,
    last_name                      varchar(150) not null,
    password                       varchar(128),
    is_staff                       boolean not null,
    is_active                      boolean not null,
    date_joined                    timestamp with time zone not null,
    current_organization_id        uuid references organizations on delete set null,
    current_project_id             bigint references projects on delete set null,
    partial_notification_settings  varchar,
    anonymize_data                 boolean,
    allow_impersonation            boolean,
    toolbar_mode                   varchar(200),
    events_column_config           varchar,
    has_seen_product_intro_for     varchar,
    theme_mode                     varchar(20),
    hedgehog_config                varchar,
    allow_sidebar_suggestions      boolean,
    shortcut_position              varchar(10),
    role_at_organization           varchar(64),
    passkeys_enabled_for_2fa       boolean,
    version                        bigint not null,
    constraint users_uuid_key unique (uuid),
    constraint users_distinct_id_key unique (distinct_id),
    constraint users_email_folded_key unique (email_folded)
);
-- Lists show active users by id, page after page: this index serves both the filter and the order.
create index users_active_id on users (is_active, id);
-- The list filter on email is exact and case-sensitive, as PostHog's is.
create index users_email on users (email);

create table organization_memberships (
    id              uuid primary key,
    organization_id uuid not null references organizations on delete cascade,
    user_id         bigint not null references users on delete cascade,
    level           smallint not null,
    joined_at       timestamp with time zone not null,
    updated_at      timestamp with time zone not null,
    invited_by_id   bigint references users on delete set null,
    constraint organization_memberships_organization_user_key unique (organization_id, user_id)
);
create index organization_memberships_user_id on organization_memberships (user_id);

create table organization_invites (
    id                  uuid primary key,
    organization_id     uuid not null references organizations on delete cascade,
    target_email        varchar(254) not null,
    target_email_folded varchar(254) not null,
    created_at          timestamp with time zone not null
);
create index organization_invites_target_email_folded on organization_invites (target_email_folded);

-- Only the SHA-256 of a key is kept (secure_value); the clear value is shown once and never stored.
create table personal_api_keys (
    id             varchar(50) primary key,
    user_id        bigint not null references users on delete cascade,
    label          varchar(40) not null,
    secure_value   varchar(300) not null,
    mask_value     varchar(11),
    scopes         varchar not null,
    created_at     timestamp with time zone not null,
    last_used_at   timestamp with time zone,
    last_rolled_at timestamp with time zone,
    constraint personal_api_keys_secure_value_key unique (secure_value)
);
create index personal_api_keys_user_id on personal_api_keys (user_id);

create table dashboards (
    id         bigint primary key,
    project_id bigint not null references projects on delete cascade,
    name       varchar(400) not null,
    created_at timestamp with time zone not null
);
create index dashboards_project_id on dashboards (project_id);

-- The id only records the order personalisations were first made in; a replacement keeps it.
create table scene_personalisations (
    id           bigint primary key,
    user_id      bigint not null references users on delete cascade,
    project_id   bigint not null references projects on delete cascade,
    scene        varchar(200) not null,
    dashboard_id bigint references dashboards on delete cascade,
    created_at   timestamp with time zone not null,
    updated_at   timestamp with time zone not null,
    constraint scene_personalisations_user_project_scene_key unique (user_id, project_id, scene)
);
