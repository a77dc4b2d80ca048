-- What a GPR's document contains, element by element of art. 15 ust. 1–2, as the city records it (null: the contents
-- are not recorded, so a missing vision or goal list is "not recorded", not "absent"); and the boundary of the special
-- revitalisation zone, which must lie within the revitalisation area (art. 25 ust. 1).
alter table programme add column contents jsonb;
alter table programme add column special_zone_geometry jsonb;
