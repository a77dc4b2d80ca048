-- Scenario c, GET /api/v1/programmes/{id}/project-costs: the statement the API sends (ProjectCostsService: the
-- programme's rows of the cost summary, V85), as PostgreSQL received it (pg_stat_activity, 7 Dec 2026).
\set programme random(1, :programmes)
select p.status, p.currency, p.projects, p.projects_with_cost, p.total_cost from project_cost_summary p join programme pr on pr.id = p.programme_id where p.programme_id = :programme and p.published and pr.published;
