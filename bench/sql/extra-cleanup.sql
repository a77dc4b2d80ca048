-- Removes what the timed import and report added (bench/run.sh): the municipalities :import_teryt and :report_teryt
-- with everything of their programmes, and the audit entries written since :audit_mark (the last audit_log id before
-- them), so that the next --reuse finds the data set as bench/generate.sql loaded it. Foreign keys cascade from a
-- project to its funding, subareas and SDG targets and from an indicator to its observations.
\set ON_ERROR_STOP on
begin;
create temporary table extra_programme on commit drop as
select id from programme where municipality_teryt in (:'import_teryt', :'report_teryt');
delete from project where programme_id in (select id from extra_programme);
delete from indicator where programme_id in (select id from extra_programme);
delete from area where programme_id in (select id from extra_programme);
delete from programme where id in (select id from extra_programme);
delete from municipality where teryt in (:'import_teryt', :'report_teryt');
delete from audit_log where id > :audit_mark;
update bench_dataset set pristine = true;
commit;
vacuum (analyze);
