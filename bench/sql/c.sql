-- Scenario c, GET /api/v1/programmes/{id}/project-costs: the statement the API sends.
\set programme random(1, :programmes)
select p1_0.status,p1_0.currency,count(p1_0.id),count(p1_0.total_cost),sum(p1_0.total_cost) from Project p1_0 join Programme p2_0 on p2_0.id=p1_0.programme_id where p1_0.programme_id=:programme and p1_0.published=true and p2_0.published=true group by p1_0.status,p1_0.currency;
