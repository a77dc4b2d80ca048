-- Art. 25 of the Revitalisation Act: a programme may establish a special revitalisation zone (SSR) for at most
-- 10 years. Null "established" means not recorded.
alter table programme add column special_zone_established boolean;
alter table programme add column special_zone_start date;
alter table programme add column special_zone_end date;
alter table programme add constraint programme_special_zone_ck
    check (special_zone_end is null or special_zone_start is null or special_zone_end >= special_zone_start);
