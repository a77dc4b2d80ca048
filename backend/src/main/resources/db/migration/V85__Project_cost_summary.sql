-- A read model for a programme's project costs (GET /api/v1/programmes/{id}/project-costs, docs/performance.md
-- scenario c): per programme, status, currency and published flag, the number of projects, of those whose total cost
-- is known, and the sum of those costs. Kept current by a trigger on project in the writing transaction, whoever
-- writes (the API, an import, plain SQL), so the endpoint reads at most a few dozen rows however many projects the
-- programme has, instead of grouping them all. Derived from project, so not audited: a project write still writes
-- exactly its own audit rows (V12), and this table none.
-- A status that is not recorded (V24) is kept as '': a primary key column cannot be null.
-- Rows whose projects all went elsewhere stay, with zeros; they add nothing to an answer.
create table project_cost_summary (
    programme_id       bigint      not null,
    status             varchar(20) not null,
    currency           varchar(3)  not null,
    published          boolean     not null,
    projects           bigint      not null,
    projects_with_cost bigint      not null,
    total_cost         numeric     not null,
    constraint project_cost_summary_pk primary key (programme_id, status, currency, published),
    constraint project_cost_summary_programme_fk foreign key (programme_id) references programme (id) on delete cascade
);

-- Takes the old row's figures out of its summary row and adds the new row's to its own, as increments in one
-- statement (insert ... on conflict do update: concurrent writers of one summary row queue on its row lock and
-- none loses a count; a read-modify-write would). When both rows are the same summary row (a changed cost) they are
-- added up first (one statement may not update a row twice). Rows are locked in key order, so that two transactions
-- moving projects between the same two summary rows in opposite directions do not deadlock.
create function odnowa_project_cost_touch() returns trigger language plpgsql as $$
begin
    insert into project_cost_summary as s (programme_id, status, currency, published, projects, projects_with_cost, total_cost)
    select d.programme_id, d.status, d.currency, d.published, sum(d.projects), sum(d.with_cost), sum(d.cost)
      from (select old.programme_id, coalesce(old.status, ''), old.currency, old.published,
                   -1, -(old.total_cost is not null)::int, -coalesce(old.total_cost, 0)
             where tg_op <> 'INSERT'
            union all
            select new.programme_id, coalesce(new.status, ''), new.currency, new.published,
                   1, (new.total_cost is not null)::int, coalesce(new.total_cost, 0)
             where tg_op <> 'DELETE') d (programme_id, status, currency, published, projects, with_cost, cost)
     group by d.programme_id, d.status, d.currency, d.published
     order by d.programme_id, d.status, d.currency, d.published
    on conflict (programme_id, status, currency, published) do update
       set projects = s.projects + excluded.projects,
           projects_with_cost = s.projects_with_cost + excluded.projects_with_cost,
           total_cost = s.total_cost + excluded.total_cost;
    return null;
end
$$;

create trigger project_cost_summary_insert_delete after insert or delete on project
    for each row execute function odnowa_project_cost_touch();
-- Only when a summed column changed: most edits (a title, dates, funding) leave the summary alone.
create trigger project_cost_summary_update after update of programme_id, status, currency, total_cost, published on project
    for each row
    when ((old.programme_id, old.status, old.currency, old.total_cost, old.published)
          is distinct from (new.programme_id, new.status, new.currency, new.total_cost, new.published))
    execute function odnowa_project_cost_touch();

-- The projects written so far. After the triggers: creating them locked project against writes until this
-- migration commits, so no write falls between this sum and the triggers.
insert into project_cost_summary (programme_id, status, currency, published, projects, projects_with_cost, total_cost)
select programme_id, coalesce(status, ''), currency, published, count(*), count(total_cost), coalesce(sum(total_cost), 0)
  from project
 group by programme_id, coalesce(status, ''), currency, published;
