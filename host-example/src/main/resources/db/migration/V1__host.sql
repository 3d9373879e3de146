-- The host's own table, migrated by the host's own Flyway with its default settings (db/migration,
-- flyway_schema_history): burrow's migrations live elsewhere and never meet these.
CREATE TABLE greetings (
    id      INT PRIMARY KEY,
    message VARCHAR(200) NOT NULL
);

INSERT INTO greetings (id, message) VALUES (1, 'hello from the host');
