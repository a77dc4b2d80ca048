-- Indicators by kind (the `level` column: OUTPUT, RESULT, CONTEXT). A context indicator (the city's population, say)
-- describes the setting: it has no normative direction and gets no progress status, so its direction is cleared.
alter table indicator alter column direction drop not null;
update indicator set direction = null, version = version + 1, updated_at = now() where level = 'CONTEXT';
alter table indicator add constraint indicator_direction_level_ck
    check ((level = 'CONTEXT') = (direction is null));

-- Open SDG's optional natural limit (a maximum such as 100 % or a minimum such as 0), used without a target.
alter table indicator add column natural_limit numeric(20, 4);

-- How a local indicator relates to SDG 11: a PROXY for the target (and, when sdg_indicator_code is given, for that
-- UN indicator), or the UN_INDICATOR itself. Until now sdg_indicator_code read as "is this UN indicator"; claims that
-- a local figure is the UN indicator must now be explicit, so existing rows become proxies.
alter table indicator add column sdg_relation varchar(20);
update indicator set sdg_relation = 'PROXY', version = version + 1, updated_at = now() where sdg_target_code is not null;
alter table indicator add constraint indicator_sdg_relation_ck check (
    (sdg_target_code is null and sdg_relation is null)
    or (sdg_target_code is not null and sdg_relation = 'PROXY')
    or (sdg_target_code is not null and sdg_relation = 'UN_INDICATOR' and sdg_indicator_code is not null));
