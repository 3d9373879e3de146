-- The secrets burrow signs its stateless tokens with (password reset links), one row per purpose, shared by every
-- instance. The first instance to need one creates it; a rotation keeps the one before for checking tokens.
create table signing_secrets (
    purpose         varchar(64) primary key,
    current_secret  varchar(128) not null,
    previous_secret varchar(128)
);
