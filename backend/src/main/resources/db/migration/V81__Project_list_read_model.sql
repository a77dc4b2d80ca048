-- A read model for the list of projects (docs/performance.md, section 16): each project row carries its funding sources
-- (as the JSON ProjectReader reads), its subarea ids and its SDG targets, kept current by triggers on the three child
-- tables in the writing transaction, so that a page of 50 reads them with the row instead of running three
-- aggregates per row. The child tables stay the truth: a GET of one project still reads them.
alter table project
    add column list_funding text,
    add column list_subarea_ids bigint[] not null default '{}',
    add column list_sdg_targets varchar(8)[] not null default '{}';

-- The audit records a project's own columns, not the read model: an update that changes only these columns is no
-- edit (old = new after the strip, so no audit row), and before/after stay as they were (V12, otherwise unchanged).
create or replace function odnowa_audit() returns trigger language plpgsql as $$
declare
    old_row jsonb := case when tg_op <> 'INSERT' then to_jsonb(old) - 'password_hash' - 'key_hash' - 'last_used_at' - 'search_vector'
                                                      - 'list_funding' - 'list_subarea_ids' - 'list_sdg_targets' end;
    new_row jsonb := case when tg_op <> 'DELETE' then to_jsonb(new) - 'password_hash' - 'key_hash' - 'last_used_at' - 'search_vector'
                                                      - 'list_funding' - 'list_subarea_ids' - 'list_sdg_targets' end;
    any_row jsonb := coalesce(new_row, old_row);
    child   text  := nullif(tg_argv[2], '');
begin
    if tg_op = 'UPDATE' and old_row = new_row then
        return null;
    end if;
    insert into audit_log (actor, entity, entity_id, part, municipality, action, before, after)
    values (coalesce(nullif(current_setting('odnowa.actor', true), ''), 'system'), tg_argv[0],
            any_row ->> tg_argv[1], child, odnowa_row_municipality(tg_argv[0], any_row),
            case when child is not null then 'UPDATE'
                 when tg_op = 'INSERT' then 'CREATE' when tg_op = 'UPDATE' then 'UPDATE' else 'DELETE' end,
            old_row, new_row);
    return null;
end
$$;

-- Recomputes one project's read model from the child tables; writes only when it changed (PL/pgSQL keeps the plan).
create function odnowa_project_list_refresh(pid bigint) returns void language plpgsql as $$
begin
    update project p
       set list_funding = x.funding, list_subarea_ids = x.subareas, list_sdg_targets = x.targets
      from (select (select json_agg(json_build_object('source', f.source, 'instrument', f.instrument, 'amount', f.amount::text,
                                                      'fund', f.fund, 'measure', f.measure) order by f.position)::text
                      from project_funding f where f.project_id = pid) as funding,
                   array(select s.subarea_id from project_subarea s where s.project_id = pid order by s.subarea_id) as subareas,
                   array(select t.target_code from project_sdg_target t where t.project_id = pid order by t.target_code)::varchar(8)[] as targets) x
     where p.id = pid
       and (p.list_funding, p.list_subarea_ids, p.list_sdg_targets) is distinct from (x.funding, x.subareas, x.targets);
end
$$;

create function odnowa_project_list_touch() returns trigger language plpgsql as $$
begin
    if tg_op <> 'DELETE' then
        perform odnowa_project_list_refresh(new.project_id);
    end if;
    if tg_op = 'DELETE' or old.project_id <> new.project_id then
        perform odnowa_project_list_refresh(old.project_id);
    end if;
    return null;
end
$$;

create trigger project_funding_list after insert or update or delete on project_funding
    for each row execute function odnowa_project_list_touch();
create trigger project_subarea_list after insert or update or delete on project_subarea
    for each row execute function odnowa_project_list_touch();
create trigger project_sdg_target_list after insert or update or delete on project_sdg_target
    for each row execute function odnowa_project_list_touch();

-- The projects written so far (no audit rows: only the read model changes).
update project p
   set list_funding = (select json_agg(json_build_object('source', f.source, 'instrument', f.instrument, 'amount', f.amount::text,
                                                         'fund', f.fund, 'measure', f.measure) order by f.position)::text
                         from project_funding f where f.project_id = p.id),
       list_subarea_ids = array(select s.subarea_id from project_subarea s where s.project_id = p.id order by s.subarea_id),
       list_sdg_targets = array(select t.target_code from project_sdg_target t where t.project_id = p.id order by t.target_code);
