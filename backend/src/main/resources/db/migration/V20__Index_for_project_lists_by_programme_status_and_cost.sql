-- A programme's projects of one status, by cost (GET /api/v1/projects?programme=&status=&sort=-totalCost):
-- this index returns the page in order and stops after it (no bitmap AND of two single-column indexes, no
-- sort of every matching row), and counts the matches from the index alone. It keeps the API's ORDER BY
-- (total_cost desc nulls last, id) column for column. currency rides along (include) so that a programme's
-- cost per status and currency (GET /api/v1/programmes/{id}/project-costs) is an index-only scan too.
create index project_programme_status_cost_idx
    on project (programme_id, status, total_cost desc nulls last, id) include (currency);
