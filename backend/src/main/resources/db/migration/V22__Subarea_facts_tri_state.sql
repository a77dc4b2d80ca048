-- Unknown is not "no": a subarea's crisis phenomena (art. 9 ust. 1) and its land type (art. 10 ust. 3) are either
-- recorded (true / false, a land type) or not recorded (null), and the checks answer UNKNOWN for what is not recorded.
-- Until now the columns defaulted to false / INHABITED, so a stored false or INHABITED may be the default rather than
-- a finding: those become "not recorded". A true or another land type was set on purpose and stays.
alter table subarea
    alter column social drop not null,
    alter column social drop default,
    alter column economic drop not null,
    alter column economic drop default,
    alter column environmental drop not null,
    alter column environmental drop default,
    alter column spatial_functional drop not null,
    alter column spatial_functional drop default,
    alter column technical drop not null,
    alter column technical drop default,
    alter column land_type drop not null,
    alter column land_type drop default;

-- Where the crisis findings come from (the diagnosis, its indicators and values), for the evaluator to check.
alter table subarea add column crisis_evidence text;

-- The changed areas get a new version, so that their ETags change and followers of the change feed see them.
with changed as (
    update subarea
       set social = nullif(social, false),
           economic = nullif(economic, false),
           environmental = nullif(environmental, false),
           spatial_functional = nullif(spatial_functional, false),
           technical = nullif(technical, false),
           land_type = nullif(land_type, 'INHABITED')
     where social is false or economic is false or environmental is false or spatial_functional is false
        or technical is false or land_type = 'INHABITED'
    returning area_id)
update area set version = version + 1, updated_at = now() where id in (select area_id from changed);

-- The designating resolution's publication in the voivodeship's official journal (art. 11 ust. 5), e.g.
-- "Dz. Urz. Woj. Śląskiego 2022 poz. 5426"; the resolution's number and date are already recorded.
alter table area add column designation_publication varchar(200);
