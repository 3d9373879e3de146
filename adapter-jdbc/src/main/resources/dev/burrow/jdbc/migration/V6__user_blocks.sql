-- How many active users each block of 1,024 user ids holds (block = id / 1024), kept exact in the transactions
-- that add, delete, activate or deactivate a user (JdbiUserRepository). With it, the unfiltered list counts its
-- users by summing a row per block, and a deep offset starts its index walk at the block that holds it, instead
-- of walking every active user before it twice (once to count, once to skip). Runs unchanged on PostgreSQL and on
-- H2 in MODE=PostgreSQL.
create table user_blocks (
    block  bigint primary key,
    active bigint not null
);

insert into user_blocks (block, active)
select id / 1024, count(*) from users where is_active = true group by id / 1024;
