-- Users' signal autonomy settings. Like V1 to V3, it runs unchanged on PostgreSQL and on H2 in MODE=PostgreSQL.

-- One row per user at most: the unique key on user_id is what a second first save runs into (and its index is
-- what lookups by user use). autostart_priority is "P0" to "P4", or null for none.
create table signal_autonomy_configs (
    id                 uuid primary key,
    user_id            bigint not null references users on delete cascade,
    autostart_priority varchar(2),
    created_at         timestamp with time zone not null,
    updated_at         timestamp with time zone not null,
    constraint signal_autonomy_configs_user_id_key unique (user_id)
);
