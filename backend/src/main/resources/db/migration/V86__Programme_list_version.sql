-- A version per programme of everything its project list shows (docs/performance.md, section 21): it moves, once
-- per transaction and as that transaction commits, whenever one of the programme's projects is inserted, updated
-- (its list read model of V81 included, so a funding, subarea or SDG target change too) or deleted, or the
-- programme's published flag changes. ProjectListCache keeps pages of the list under the version they were read at
-- and serves one only while the version is unchanged. Kept by triggers, whoever writes (the API, an import, plain
-- SQL); a load with triggers off (session_replication_role = replica, bench/generate.sql) must move it itself.
-- A programme without a row is at version 0: its first noted write inserts version 1. Not audited (derived).
create table programme_list_version (
    programme_id bigint not null,
    version      bigint not null,
    constraint programme_list_version_pk primary key (programme_id),
    constraint programme_list_version_programme_fk foreign key (programme_id) references programme (id) on delete cascade
);

-- Like the cost summary (V85), a write only notes its programme, in a setting local to the transaction (no row
-- written, nothing locked), and the version rows move once, at the commit: bumping the row on every write would
-- hold its lock for the whole transaction (an import of 100,000 rows: a minute) and leave a dead version of it per
-- write. The note is a list of ids between commas, ',7,12,'.
create function odnowa_programme_list_note(programme bigint) returns void language plpgsql as $$
declare
    noted text := coalesce(current_setting('odnowa.list_programmes', true), '');
begin
    if programme is not null and strpos(noted, ',' || programme || ',') = 0 then
        perform set_config('odnowa.list_programmes', coalesce(nullif(noted, ''), ',') || programme || ',', true);
    end if;
end
$$;

create function odnowa_project_list_note() returns trigger language plpgsql as $$
begin
    if tg_op <> 'INSERT' then
        perform odnowa_programme_list_note(old.programme_id);
    end if;
    if tg_op <> 'DELETE' then
        perform odnowa_programme_list_note(new.programme_id);
    end if;
    return null;
end
$$;

create function odnowa_programme_published_note() returns trigger language plpgsql as $$
begin
    perform odnowa_programme_list_note(new.id);
    return null;
end
$$;

-- At the commit (a deferred trigger, so also after the V81 read-model updates and the V85 flush), one statement
-- for all noted programmes, in id order (no deadlock between two committers), insert ... on conflict do update
-- (no lost increment). The first deferred call does it and clears the note; the others find it empty.
create function odnowa_programme_list_flush() returns trigger language plpgsql as $$
declare
    noted text := current_setting('odnowa.list_programmes', true);
begin
    if noted is null or noted = '' then
        return null;
    end if;
    perform set_config('odnowa.list_programmes', '', true);
    insert into programme_list_version as v (programme_id, version)
    select pr.id, 1
      from programme pr
     where pr.id = any (string_to_array(trim(both ',' from noted), ',')::bigint[]) -- a deleted programme is gone
     order by pr.id
    on conflict (programme_id) do update set version = v.version + 1;
    return null;
end
$$;

create trigger project_list_note after insert or update or delete on project
    for each row execute function odnowa_project_list_note();
create trigger programme_published_note after update of published on programme
    for each row when (old.published is distinct from new.published)
    execute function odnowa_programme_published_note();
create constraint trigger project_list_flush after insert or update or delete on project
    deferrable initially deferred
    for each row execute function odnowa_programme_list_flush();
create constraint trigger programme_list_flush after update of published on programme
    deferrable initially deferred
    for each row execute function odnowa_programme_list_flush();

insert into programme_list_version (programme_id, version)
select id, 1 from programme;
