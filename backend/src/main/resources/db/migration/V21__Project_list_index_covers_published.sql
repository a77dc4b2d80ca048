-- Anonymous readers see published projects only (V12), so the project lists, counts and cost sums of a programme
-- also filter on published: carrying it in the index keeps those index-only scans (V20's index lacked it, and
-- the project-costs sum went from 1.3 ms to 43 ms on the benchmark's data set; see docs/performance.md).
create index project_programme_status_cost_pub_idx
    on project (programme_id, status, total_cost desc nulls last, id) include (currency, published);
drop index project_programme_status_cost_idx;
