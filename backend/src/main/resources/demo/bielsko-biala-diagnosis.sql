-- Demo data: an ILLUSTRATIVE diagnosis of Bielsko-Biała (run after demo/bielsko-biala.sql, same transaction), so that the
-- delimitation view can be tried. The city's 2022 delimitation (resolution XLVII/1091/2022) is public, but its unit data
-- is not in the demo sources (shared/domain/README.md): every unit here, its rectangle boundary, hectares (measured on the
-- rectangle), residents and every indicator value are INVENTED, coded IL-xx, named "Jednostka ilustracyjna" and marked
-- illustrative in their source. The residents add up to the city's 166,765 only so that the shares read sensibly.
-- No area is created from them: the GPR 2030 areas stay as the sources give them.
-- With the defaults (threshold 0 %, 1 social indicator) IL-01, IL-02, IL-04, IL-05 and IL-10 meet art. 9 ust. 1;
-- IL-01 + IL-02 hold 23.68 % of the residents, adding IL-04 goes over 30 %.

insert into spatial_unit (municipality_teryt, code, name, geometry, area_ha, residents, residents_date, source)
values
  ('2461011', 'IL-01', 'Jednostka ilustracyjna 01 (północny zachód centrum)', '{"type": "Polygon", "coordinates": [[[19.015, 49.8225], [19.035, 49.8225], [19.035, 49.845], [19.015, 49.845], [19.015, 49.8225]]]}'::jsonb, 358.88, 18500, '2021-12-31',
   'illustrative: jednostka, granica i liczba mieszkańców wymyślone do wypróbowania delimitacji; to nie są dane diagnozy z 2022 r. (uchwała Nr XLVII/1091/2022), których nie ma w źródłach demonstracyjnych'),
  ('2461011', 'IL-02', 'Jednostka ilustracyjna 02 (północ centrum)', '{"type": "Polygon", "coordinates": [[[19.035, 49.8225], [19.055, 49.8225], [19.055, 49.845], [19.035, 49.845], [19.035, 49.8225]]]}'::jsonb, 358.88, 21000, '2021-12-31',
   'illustrative: jednostka, granica i liczba mieszkańców wymyślone do wypróbowania delimitacji; to nie są dane diagnozy z 2022 r. (uchwała Nr XLVII/1091/2022), których nie ma w źródłach demonstracyjnych'),
  ('2461011', 'IL-03', 'Jednostka ilustracyjna 03 (północny wschód centrum)', '{"type": "Polygon", "coordinates": [[[19.055, 49.8225], [19.075, 49.8225], [19.075, 49.845], [19.055, 49.845], [19.055, 49.8225]]]}'::jsonb, 358.88, 15200, '2021-12-31',
   'illustrative: jednostka, granica i liczba mieszkańców wymyślone do wypróbowania delimitacji; to nie są dane diagnozy z 2022 r. (uchwała Nr XLVII/1091/2022), których nie ma w źródłach demonstracyjnych'),
  ('2461011', 'IL-04', 'Jednostka ilustracyjna 04 (południowy zachód centrum)', '{"type": "Polygon", "coordinates": [[[19.015, 49.8], [19.035, 49.8], [19.035, 49.8225], [19.015, 49.8225], [19.015, 49.8]]]}'::jsonb, 359.05, 17800, '2021-12-31',
   'illustrative: jednostka, granica i liczba mieszkańców wymyślone do wypróbowania delimitacji; to nie są dane diagnozy z 2022 r. (uchwała Nr XLVII/1091/2022), których nie ma w źródłach demonstracyjnych'),
  ('2461011', 'IL-05', 'Jednostka ilustracyjna 05 (południe centrum)', '{"type": "Polygon", "coordinates": [[[19.035, 49.8], [19.055, 49.8], [19.055, 49.8225], [19.035, 49.8225], [19.035, 49.8]]]}'::jsonb, 359.05, 19600, '2021-12-31',
   'illustrative: jednostka, granica i liczba mieszkańców wymyślone do wypróbowania delimitacji; to nie są dane diagnozy z 2022 r. (uchwała Nr XLVII/1091/2022), których nie ma w źródłach demonstracyjnych'),
  ('2461011', 'IL-06', 'Jednostka ilustracyjna 06 (południowy wschód centrum)', '{"type": "Polygon", "coordinates": [[[19.055, 49.8], [19.075, 49.8], [19.075, 49.8225], [19.055, 49.8225], [19.055, 49.8]]]}'::jsonb, 359.05, 14300, '2021-12-31',
   'illustrative: jednostka, granica i liczba mieszkańców wymyślone do wypróbowania delimitacji; to nie są dane diagnozy z 2022 r. (uchwała Nr XLVII/1091/2022), których nie ma w źródłach demonstracyjnych'),
  ('2461011', 'IL-07', 'Jednostka ilustracyjna 07 (pas północny)', '{"type": "Polygon", "coordinates": [[[18.975, 49.845], [19.115, 49.845], [19.115, 49.875], [18.975, 49.875], [18.975, 49.845]]]}'::jsonb, 3347.72, 16400, '2021-12-31',
   'illustrative: jednostka, granica i liczba mieszkańców wymyślone do wypróbowania delimitacji; to nie są dane diagnozy z 2022 r. (uchwała Nr XLVII/1091/2022), których nie ma w źródłach demonstracyjnych'),
  ('2461011', 'IL-08', 'Jednostka ilustracyjna 08 (pas południowy)', '{"type": "Polygon", "coordinates": [[[18.975, 49.77], [19.115, 49.77], [19.115, 49.8], [18.975, 49.8], [18.975, 49.77]]]}'::jsonb, 3352.92, 19900, '2021-12-31',
   'illustrative: jednostka, granica i liczba mieszkańców wymyślone do wypróbowania delimitacji; to nie są dane diagnozy z 2022 r. (uchwała Nr XLVII/1091/2022), których nie ma w źródłach demonstracyjnych'),
  ('2461011', 'IL-09', 'Jednostka ilustracyjna 09 (pas zachodni)', '{"type": "Polygon", "coordinates": [[[18.975, 49.8], [19.015, 49.8], [19.015, 49.845], [18.975, 49.845], [18.975, 49.8]]]}'::jsonb, 1435.85, 11600, '2021-12-31',
   'illustrative: jednostka, granica i liczba mieszkańców wymyślone do wypróbowania delimitacji; to nie są dane diagnozy z 2022 r. (uchwała Nr XLVII/1091/2022), których nie ma w źródłach demonstracyjnych'),
  ('2461011', 'IL-10', 'Jednostka ilustracyjna 10 (pas wschodni)', '{"type": "Polygon", "coordinates": [[[19.075, 49.8], [19.115, 49.8], [19.115, 49.845], [19.075, 49.845], [19.075, 49.8]]]}'::jsonb, 1435.85, 12465, '2021-12-31',
   'illustrative: jednostka, granica i liczba mieszkańców wymyślone do wypróbowania delimitacji; to nie są dane diagnozy z 2022 r. (uchwała Nr XLVII/1091/2022), których nie ma w źródłach demonstracyjnych');

insert into diagnostic_indicator (municipality_teryt, code, year, name, sphere, direction, unit, rate, source)
values
  ('2461011', 'S1', 2021, 'Osoby w rodzinach korzystających z pomocy społecznej na 100 mieszkańców (ilustracyjny)', 'SOCIAL', 'HIGHER_IS_WORSE', '%', true,
   'illustrative: wartości wymyślone do wypróbowania delimitacji; to nie są dane diagnozy z 2022 r. (uchwała Nr XLVII/1091/2022), których nie ma w źródłach demonstracyjnych'),
  ('2461011', 'S2', 2021, 'Bezrobotni na 100 mieszkańców w wieku produkcyjnym (ilustracyjny)', 'SOCIAL', 'HIGHER_IS_WORSE', '%', true,
   'illustrative: wartości wymyślone do wypróbowania delimitacji; to nie są dane diagnozy z 2022 r. (uchwała Nr XLVII/1091/2022), których nie ma w źródłach demonstracyjnych'),
  ('2461011', 'S3', 2021, 'Przestępstwa na 1000 mieszkańców (ilustracyjny)', 'SOCIAL', 'HIGHER_IS_WORSE', 'na 1000 mieszk.', false,
   'illustrative: wartości wymyślone do wypróbowania delimitacji; to nie są dane diagnozy z 2022 r. (uchwała Nr XLVII/1091/2022), których nie ma w źródłach demonstracyjnych'),
  ('2461011', 'G1', 2021, 'Podmioty gospodarcze na 100 mieszkańców (ilustracyjny)', 'ECONOMIC', 'HIGHER_IS_BETTER', 'na 100 mieszk.', false,
   'illustrative: wartości wymyślone do wypróbowania delimitacji; to nie są dane diagnozy z 2022 r. (uchwała Nr XLVII/1091/2022), których nie ma w źródłach demonstracyjnych'),
  ('2461011', 'E1', 2021, 'Udział budynków mieszkalnych ogrzewanych paliwem stałym (ilustracyjny)', 'ENVIRONMENTAL', 'HIGHER_IS_WORSE', '%', false,
   'illustrative: wartości wymyślone do wypróbowania delimitacji; to nie są dane diagnozy z 2022 r. (uchwała Nr XLVII/1091/2022), których nie ma w źródłach demonstracyjnych'),
  ('2461011', 'T1', 2021, 'Udział budynków wzniesionych przed 1945 r. (ilustracyjny)', 'TECHNICAL', 'HIGHER_IS_WORSE', '%', false,
   'illustrative: wartości wymyślone do wypróbowania delimitacji; to nie są dane diagnozy z 2022 r. (uchwała Nr XLVII/1091/2022), których nie ma w źródłach demonstracyjnych');

insert into diagnostic_value (diagnostic_indicator_id, spatial_unit_id, value)
select d.id, u.id, v.value
from (values
  ('S1', 'IL-01', 9.8),
  ('S1', 'IL-02', 11.2),
  ('S1', 'IL-03', 4.1),
  ('S1', 'IL-04', 8.9),
  ('S1', 'IL-05', 10.4),
  ('S1', 'IL-06', 3.6),
  ('S1', 'IL-07', 2.9),
  ('S1', 'IL-08', 3.4),
  ('S1', 'IL-09', 2.7),
  ('S1', 'IL-10', 7.9),
  ('S2', 'IL-01', 5.9),
  ('S2', 'IL-02', 6.8),
  ('S2', 'IL-03', 2.8),
  ('S2', 'IL-04', 3.1),
  ('S2', 'IL-05', 6.1),
  ('S2', 'IL-06', 2.5),
  ('S2', 'IL-07', 2.2),
  ('S2', 'IL-08', 2.6),
  ('S2', 'IL-09', 2.0),
  ('S2', 'IL-10', 4.9),
  ('S3', 'IL-01', 38),
  ('S3', 'IL-02', 31),
  ('S3', 'IL-03', 22),
  ('S3', 'IL-04', 19),
  ('S3', 'IL-05', 27),
  ('S3', 'IL-06', 12),
  ('S3', 'IL-07', 9),
  ('S3', 'IL-08', 11),
  ('S3', 'IL-09', 8),
  ('S3', 'IL-10', 14),
  ('G1', 'IL-01', 13.1),
  ('G1', 'IL-02', 6.2),
  ('G1', 'IL-03', 11.8),
  ('G1', 'IL-04', 9.9),
  ('G1', 'IL-05', 5.8),
  ('G1', 'IL-06', 12.4),
  ('G1', 'IL-07', 10.3),
  ('G1', 'IL-08', 9.7),
  ('G1', 'IL-09', 10.9),
  ('G1', 'IL-10', 8.1),
  ('E1', 'IL-01', 34),
  ('E1', 'IL-02', 12),
  ('E1', 'IL-03', 15),
  ('E1', 'IL-04', 18),
  ('E1', 'IL-05', 14),
  ('E1', 'IL-06', 10),
  ('E1', 'IL-07', 22),
  ('E1', 'IL-08', 26),
  ('E1', 'IL-09', 24),
  ('E1', 'IL-10', 41),
  ('T1', 'IL-01', 62),
  ('T1', 'IL-02', 28),
  ('T1', 'IL-03', 20),
  ('T1', 'IL-04', 47),
  ('T1', 'IL-05', 18),
  ('T1', 'IL-06', 15),
  ('T1', 'IL-07', 12),
  ('T1', 'IL-08', 14),
  ('T1', 'IL-09', 16),
  ('T1', 'IL-10', 10)
) as v(indicator, unit, value)
join diagnostic_indicator d on d.municipality_teryt = '2461011' and d.code = v.indicator and d.year = 2021
join spatial_unit u on u.municipality_teryt = '2461011' and u.code = v.unit;
