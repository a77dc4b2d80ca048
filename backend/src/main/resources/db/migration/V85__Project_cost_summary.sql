-- A read model for a programme's project costs (GET /api/v1/programmes/{id}/project-costs, docs/performance.md
-- scenario c): per programme, status, currency and published flag, the number of projects, of those whose total cost
-- is known, and the sum of those costs. Kept current by triggers on project in the writing transaction, whoever
-- writes (the API, an import, plain SQL), so the endpoint reads at most a few dozen rows however many projects the
-- programme has, instead of grouping them all. Derived from project, so not audited: a project write still writes
-- exactly its own audit rows (V12), and these tables none.
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

-- A transaction's project writes note what they add or take away (old row out, new row in) as rows of its own, and
-- reach the summary once, as it commits, summed per summary row. Incrementing the summary row on every write
-- instead would, in a transaction writing many projects of one status (an import: 12,000 rows in ImportResourceTest),
-- leave a version of that row per write that no one can prune before the commit, each next update walking them
-- all (quadratic), and would hold the row's lock, blocking every other writer of the programme's status, for the
-- whole transaction. Unlogged: a noted row lives only until its transaction ends, and a crash ends that too.
create unlogged table project_cost_pending (
    txid               bigint      not null default txid_current(),
    programme_id       bigint      not null,
    status             varchar(20) not null,
    currency           varchar(3)  not null,
    published          boolean     not null,
    projects           integer     not null,
    projects_with_cost integer     not null,
    total_cost         numeric     not null
);
create index project_cost_pending_txid_idx on project_cost_pending (txid);

create function odnowa_project_cost_note() returns trigger language plpgsql as $$
begin
    if tg_op <> 'INSERT' then
        insert into project_cost_pending (programme_id, status, currency, published, projects, projects_with_cost, total_cost)
        values (old.programme_id, coalesce(old.status, ''), old.currency, old.published,
                -1, -(old.total_cost is not null)::int, -coalesce(old.total_cost, 0));
    end if;
    if tg_op <> 'DELETE' then
        insert into project_cost_pending (programme_id, status, currency, published, projects, projects_with_cost, total_cost)
        values (new.programme_id, coalesce(new.status, ''), new.currency, new.published,
                1, (new.total_cost is not null)::int, coalesce(new.total_cost, 0));
    end if;
    perform set_config('odnowa.project_costs_noted', 'yes', true);
    return null;
end
$$;

-- At the commit (a deferred trigger), the transaction's noted rows as increments of the summary rows, in one
-- statement: insert ... on conflict do update, so concurrent committers of one summary row queue on its row lock and
-- none loses a count (a read-modify-write would); rows locked in key order, so two committers never deadlock. The
-- first of the transaction's deferred calls does it; the flag makes the others free.
create function odnowa_project_cost_flush() returns trigger language plpgsql as $$
begin
    if current_setting('odnowa.project_costs_noted', true) is distinct from 'yes' then
        return null;
    end if;
    perform set_config('odnowa.project_costs_noted', '', true);
    with noted as (delete from project_cost_pending where txid = txid_current() returning *)
    insert into project_cost_summary as s (programme_id, status, currency, published, projects, projects_with_cost, total_cost)
    select n.programme_id, n.status, n.currency, n.published, sum(n.projects), sum(n.projects_with_cost), sum(n.total_cost)
      from noted n
      join programme pr on pr.id = n.programme_id -- a programme deleted after its projects took its summary rows along
     group by n.programme_id, n.status, n.currency, n.published
     order by n.programme_id, n.status, n.currency, n.published
    on conflict (programme_id, status, currency, published) do update
       set projects = s.projects + excluded.projects,
           projects_with_cost = s.projects_with_cost + excluded.projects_with_cost,
           total_cost = s.total_cost + excluded.total_cost;
    return null;
end
$$;

create trigger project_cost_note after insert or delete on project
    for each row execute function odnowa_project_cost_note();
-- Only when a summed column changed: most edits (a title, dates, funding) note nothing.
create trigger project_cost_note_update after update of programme_id, status, currency, total_cost, published on project
    for each row
    when ((old.programme_id, old.status, old.currency, old.total_cost, old.published)
          is distinct from (new.programme_id, new.status, new.currency, new.total_cost, new.published))
    execute function odnowa_project_cost_note();
create constraint trigger project_cost_flush after insert or update or delete on project
    deferrable initially deferred
    for each row execute function odnowa_project_cost_flush();

-- The projects written so far. After the triggers: creating them locked project against writes until this
-- migration commits, so no write falls between this sum and the triggers.
insert into project_cost_summary (programme_id, status, currency, published, projects, projects_with_cost, total_cost)
select programme_id, coalesce(status, ''), currency, published, count(*), count(total_cost), coalesce(sum(total_cost), 0)
  from project
 group by programme_id, coalesce(status, ''), currency, published;
