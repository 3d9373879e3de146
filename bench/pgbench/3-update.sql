-- PATCH @me's write alone: a single-row update and its commit
\set uid random(1, :maxid)
update users set first_name = 'Bench', version = version + 1 where id = :uid;
