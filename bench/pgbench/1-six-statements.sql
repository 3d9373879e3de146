-- GET @me as main makes it: six statements, six round trips
\set uid random(1, :maxid)
select k.id, k.scopes, u.* from personal_api_keys k join users u on u.id = k.user_id where k.user_id = :uid limit 1;
select o.*, m.user_id, m.level, m.joined_at, m.invited_by_id, (select count(*) from organization_memberships c where c.organization_id = o.id) as members from organization_memberships m join organizations o on o.id = m.organization_id where m.user_id in (:uid) order by m.user_id, m.joined_at, m.organization_id;
select * from projects where organization_id in (select current_organization_id from users where id = :uid) order by id;
select user_id, project_id, scene, dashboard_id from scene_personalisations where user_id in (:uid) order by id;
select user_id from totp_devices where user_id in (:uid);
select i.id, i.organization_id, o.name as organization_name, i.target_email, i.created_at from organization_invites i join organizations o on o.id = i.organization_id where i.target_email_folded = 'user' || :uid || '@example.com' and i.created_at > now() - interval '3 days' order by i.created_at desc limit 26;
