-- SDG 11 targets and global indicators in the complete UN wording (several titles were cut short), with the version of
-- the global indicator framework they follow. English: the UN's official text (A/RES/70/1 for the targets; A/RES/71/313
-- with the 2020 comprehensive review and the annual refinements through the 55th session of the UN Statistical
-- Commission, March 2024, for the indicators). Whether the 2025 comprehensive review changed a Goal 11 indicator is not
-- verified. Polish is not a UN language: the Polish titles follow the Polish translation of the 2030 Agenda used by
-- sdg.gov.pl and the UN Information Centre in Warsaw, completed where they were cut short.
-- The full titles do not fit the old 400 characters (that is why some were cut).
alter table sdg_target alter column title_en type varchar(1000), alter column title_pl type varchar(1000);
alter table sdg_indicator alter column title_en type varchar(1000), alter column title_pl type varchar(1000);

create table sdg_framework (
    id              int          not null,
    title_en        varchar(400) not null,
    title_pl        varchar(400) not null,
    version_date    date         not null,
    source          varchar(500) not null,
    constraint sdg_framework_pk primary key (id),
    constraint sdg_framework_single_ck check (id = 1)
);
insert into sdg_framework (id, title_en, title_pl, version_date, source) values
(1, 'Global indicator framework for the Sustainable Development Goals (A/RES/71/313), after the 2020 comprehensive review and the refinements through 2024',
 'Globalny zestaw wskaźników Celów Zrównoważonego Rozwoju (A/RES/71/313) po przeglądzie z 2020 r. i zmianach do 2024 r.',
 '2024-03-01', 'unstats.un.org/sdgs/indicators/indicators-list; targets: A/RES/70/1');

update sdg_target set
    title_en = 'By 2030, provide access to safe, affordable, accessible and sustainable transport systems for all, improving road safety, notably by expanding public transport, with special attention to the needs of those in vulnerable situations, women, children, persons with disabilities and older persons',
    title_pl = 'Do 2030 roku zapewnić wszystkim dostęp do bezpiecznych, przystępnych cenowo, dostępnych i zrównoważonych systemów transportowych, poprawić bezpieczeństwo drogowe, w szczególności poprzez rozwój transportu publicznego, ze szczególnym uwzględnieniem potrzeb osób w trudnej sytuacji, kobiet, dzieci, osób z niepełnosprawnościami i osób starszych'
where code = '11.2';
update sdg_target set
    title_en = 'By 2030, significantly reduce the number of deaths and the number of people affected and substantially decrease the direct economic losses relative to global gross domestic product caused by disasters, including water-related disasters, with a focus on protecting the poor and people in vulnerable situations',
    title_pl = 'Do 2030 roku znacząco zmniejszyć liczbę zgonów i liczbę osób poszkodowanych oraz istotnie ograniczyć bezpośrednie straty ekonomiczne w relacji do światowego produktu krajowego brutto spowodowane katastrofami, w tym katastrofami związanymi z wodą, ze szczególnym uwzględnieniem ochrony osób ubogich i znajdujących się w trudnej sytuacji'
where code = '11.5';
update sdg_target set
    title_en = 'By 2020, substantially increase the number of cities and human settlements adopting and implementing integrated policies and plans towards inclusion, resource efficiency, mitigation and adaptation to climate change, resilience to disasters, and develop and implement, in line with the Sendai Framework for Disaster Risk Reduction 2015–2030, holistic disaster risk management at all levels',
    title_pl = 'Do 2020 roku znacząco zwiększyć liczbę miast i osiedli ludzkich przyjmujących i wdrażających zintegrowane polityki i plany na rzecz inkluzywności, efektywnego wykorzystania zasobów, łagodzenia zmian klimatu i adaptacji do nich, odporności na katastrofy oraz opracować i wdrożyć, zgodnie z ramowym programem z Sendai na rzecz ograniczania ryzyka katastrof na lata 2015–2030, całościowe zarządzanie ryzykiem katastrof na wszystkich poziomach'
where code = '11.b';

update sdg_indicator set
    title_en = 'Total per capita expenditure on the preservation, protection and conservation of all cultural and natural heritage, by source of funding (public, private), type of heritage (cultural, natural) and level of government (national, regional, and local/municipal)',
    title_pl = 'Łączne wydatki na zachowanie, ochronę i konserwację całego dziedzictwa kulturowego i przyrodniczego w przeliczeniu na mieszkańca, według źródła finansowania (publiczne, prywatne), rodzaju dziedzictwa (kulturowe, przyrodnicze) i szczebla władzy (krajowy, regionalny, lokalny/gminny)'
where code = '11.4.1';
update sdg_indicator set
    title_en = '(a) Damage to critical infrastructure and (b) number of disruptions to basic services, attributed to disasters',
    title_pl = '(a) Szkody w infrastrukturze krytycznej i (b) liczba zakłóceń w świadczeniu podstawowych usług spowodowanych katastrofami'
where code = '11.5.3';
update sdg_indicator set
    title_en = 'Number of countries that have national urban policies or regional development plans that (a) respond to population dynamics; (b) ensure balanced territorial development; and (c) increase local fiscal space',
    title_pl = 'Liczba krajów posiadających krajowe polityki miejskie lub regionalne plany rozwoju, które (a) odpowiadają na dynamikę ludności, (b) zapewniają zrównoważony rozwój terytorialny oraz (c) zwiększają lokalną przestrzeń fiskalną'
where code = '11.a.1';
