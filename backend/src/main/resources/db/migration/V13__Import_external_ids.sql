-- Bulk import (POST /api/v1/programmes/{id}/import): other systems key their projects by their own ids, so an
-- imported row finds the project it updates. Observations need no column of their own: they are already unique by
-- indicator, subarea and period, and the import finds them by indicator code, subarea code and year.
alter table project add column external_id varchar(100);
alter table project add constraint project_programme_external_id_uq unique (programme_id, external_id);
