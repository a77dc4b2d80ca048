-- The ids of each page of scenario b, for sql/b.sql (pgbench cannot carry a result set from one statement to the next).
drop table if exists bench_page;
create table bench_page as
select p.id as programme_id, s.no as status_no, s.status,
       array(select id from project where programme_id = p.id and status = s.status
             order by total_cost desc nulls last, id limit 50)::text as ids
from programme p
cross join unnest(array['PIPELINE', 'IMPLEMENTATION', 'COMPLETION', 'POST_COMPLETION', 'CANCELLED', 'SUSPENDED'])
    with ordinality s(status, no);
alter table bench_page add primary key (programme_id, status_no);
analyze bench_page;
