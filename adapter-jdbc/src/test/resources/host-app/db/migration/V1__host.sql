-- A host's own first migration, in Flyway's default location, as any service using Flyway has one.
create table host_things (id bigint primary key, name varchar(100) not null);
