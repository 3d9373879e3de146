-- What the list of a user's login sessions shows (PostHog's login sessions), as plain columns of sessions: a public
-- id that is not the key's hash, the last activity (written at most every five minutes), where it came from (the
-- address is kept for the operator, never shown) and the device its user agent names, and how the login was made.
-- A second-factor step notes the session it re-authenticates, which the completed login replaces. Sessions stored
-- before these columns get a public id derived from their id when read. Runs unchanged on PostgreSQL and on H2 in
-- MODE=PostgreSQL.
alter table sessions add column public_id varchar(36);
alter table sessions add column last_activity_at timestamp with time zone;
alter table sessions add column client_address varchar(255);
alter table sessions add column device varchar(100);
alter table sessions add column login_method varchar(32);
alter table sessions add column reauthenticates varchar(64);
