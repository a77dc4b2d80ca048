-- Bulk import (POST /api/v1/programmes/{id}/import): other systems key their projects by their own ids, so an
-- imported row finds the project it updates. Observations need no column of their own: they are already unique by
-- indicator, subarea and period, and the import finds them by indicator code, subarea code and year.
alter table project add column external_id varchar(100);
-- Partial: it holds only the projects that have an external id, and the planner keeps serving the programme filter
-- from project_programme_idx instead of this wider index.
create unique index project_programme_external_id_uq on project (programme_id, external_id) where external_id is not null;
