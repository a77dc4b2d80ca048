-- The audit triggers name users' rows 'user' (V12: odnowa_audit('user', 'id')), but odnowa_row_municipality looks
-- for 'app_user', so a user's audit records had no municipality and the municipality's admins could not find them in
-- the audit search. A trigger on audit_log fills it in for users (rather than a new odnowa_row_municipality, which
-- later migrations of other features may extend), and the records written so far get theirs.

create function odnowa_audit_user_municipality() returns trigger language plpgsql as $$
begin
    new.municipality := coalesce(new.after, new.before) ->> 'municipality_teryt';
    return new;
end
$$;

create trigger audit_log_user_municipality before insert on audit_log
    for each row when (new.entity = 'user' and new.municipality is null)
    execute function odnowa_audit_user_municipality();

update audit_log set municipality = coalesce(after, before) ->> 'municipality_teryt'
where entity = 'user' and municipality is null;
