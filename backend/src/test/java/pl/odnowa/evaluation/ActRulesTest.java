package pl.odnowa.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pl.odnowa.evaluation.GeoJsonGeometryTest.rectangle;
import static pl.odnowa.evaluation.Subareas.subarea;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import pl.odnowa.area.LandType;

class ActRulesTest {

    private final ActRules rules = new ActRules();

    /** Bielsko-Biała: 124.51 km² = 12,451 ha; 166,765 residents on 1 Jan 2023. */
    private static final MunicipalityFacts BIELSKO = new MunicipalityFacts("Bielsko-Biała", new BigDecimal("124.51"),
            166_765, LocalDate.of(2023, 1, 1));

    private static LocalDate date(String text) {
        return LocalDate.parse(text);
    }

    @Nested
    class Art10AreaShare {

        @ParameterizedTest(name = "{0} + {1} ha → {2}")
        @CsvSource({
            "2000, 490.20, PASS, 20",       // exactly 20% of 12,451 ha
            "2000, 490.21, FAIL, 20.0001",  // one hundredth of a hectare over
            "2000, 491.45, FAIL, 20.01",
            "100, 23.5, PASS, 0.9919"})
        void shareOfTheMunicipalityArea(String first, String second, CheckResult result, String sharePct) {
            Check c = rules.art10Area(BIELSKO, List.of(subarea("R1").areaHa(first).build(),
                    subarea("R2").areaHa(second).build()));
            assertEquals(result, c.result());
            assertEquals("ART_10_2_AREA", c.id());
            assertEquals("art. 10 ust. 2", c.article());
            assertEquals(new BigDecimal(sharePct), c.figures().get("sharePct"));
            assertEquals(new BigDecimal("12451"), c.figures().get("municipalityAreaHa"));
            assertEquals(new BigDecimal("2490.2"), c.figures().get("limitHa"));
            assertTrue(c.missing().isEmpty());
        }

        @Test
        void explainsWithTheNumbers() {
            Check pass = rules.art10Area(BIELSKO, List.of(subarea("R1").areaHa("2490.20").build()));
            assertEquals("The 1 revitalisation subarea covers 2,490.2 ha, that is 20% of the municipality's 12,451 ha"
                    + " (124.51 km²); the limit is 20% (2,490.2 ha): the condition is met.", pass.explanationEn());
            Check fail = rules.art10Area(BIELSKO, List.of(subarea("R1").areaHa("2000").build(),
                    subarea("R2").areaHa("491.45").build()));
            assertTrue(fail.explanationEn().endsWith("exceeded by 1.25 ha."), fail.explanationEn());
            assertTrue(fail.explanationPl().startsWith("Podobszary rewitalizacji (2) zajmują 2\u00a0491,45 ha, czyli"
                    + " 20,01% z 12\u00a0451 ha (124,51 km²) powierzchni gminy; limit wynosi 20%"),
                    fail.explanationPl());
            assertTrue(fail.explanationPl().endsWith("limit przekroczony o 1,25 ha."), fail.explanationPl());
        }

        @Test
        void unknownListsWhichSubareasLackWhat() {
            Check c = rules.art10Area(new MunicipalityFacts("X", null, 1000, null),
                    List.of(subarea("R1").areaHa("10").build(), subarea("R2").build(), subarea("R3").build()));
            assertEquals(CheckResult.UNKNOWN, c.result());
            assertEquals(List.of("municipality.areaKm2", "subareas[R2].areaHa", "subareas[R3].areaHa"), c.missing());
            assertEquals("The area share cannot be checked: missing the municipality's area (km²); the area (ha) of"
                    + " subareas R2, R3.", c.explanationEn());
            assertEquals("Nie można sprawdzić udziału powierzchni: brakuje powierzchni gminy (km²); powierzchni (ha)"
                    + " podobszarów: R2, R3.", c.explanationPl());
        }

        @Test
        void unknownWithoutSubareas() {
            Check c = rules.art10Area(BIELSKO, List.of());
            assertEquals(CheckResult.UNKNOWN, c.result());
            assertEquals(List.of("subareas"), c.missing());
        }

        @Test
        void thresholdIsConfigurable() {
            ActRules lenient = new ActRules(new ActThresholds(new BigDecimal("25"), new BigDecimal("30"), 3, 10, 2,
                    0.001, 5));
            Check c = lenient.art10Area(BIELSKO, List.of(subarea("R1").areaHa("2491.45").build()));
            assertEquals(CheckResult.PASS, c.result());
            assertEquals(new BigDecimal("25"), c.figures().get("limitPct"));
        }
    }

    @Nested
    class Art10ResidentsShare {

        @ParameterizedTest(name = "{0} of {1} → {2}")
        @CsvSource({
            "30000, 100000, PASS, 30",        // exactly 30%
            "30001, 100000, FAIL, 30.001",
            "50029, 166765, PASS, 29.9997",   // 30% of Bielsko-Biała is 50,029.5
            "50030, 166765, FAIL, 30.0003"})
        void shareOfTheMunicipalityResidents(int inSubareas, int total, CheckResult result, String sharePct) {
            MunicipalityFacts m = new MunicipalityFacts("M", new BigDecimal("100"), total, date("2023-01-01"));
            Check c = rules.art10Residents(m, List.of(
                    subarea("R1").residents(inSubareas - 1000).residentsDate("2023-01-01").build(),
                    subarea("R2").residents(1000).residentsDate("2023-01-01").build()));
            assertEquals(result, c.result());
            assertEquals("ART_10_2_RESIDENTS", c.id());
            assertEquals(new BigDecimal(sharePct), c.figures().get("sharePct"));
            assertEquals((long) inSubareas, c.figures().get("revitalisationResidents"));
            assertEquals(false, c.figures().get("referenceDatesDiffer"));
            assertFalse(c.explanationEn().contains("Note"), c.explanationEn());
        }

        @Test
        void explainsAnExcess() {
            Check c = rules.art10Residents(BIELSKO, List.of(
                    subarea("R1").residents(50030).residentsDate("2023-01-01").build()));
            assertEquals(CheckResult.FAIL, c.result());
            assertTrue(c.explanationPl().contains("zamieszkuje 50\u00a0030 osób, czyli 30,0003% z 166\u00a0765"
                    + " mieszkańców gminy; limit wynosi 30% (50\u00a0029,5): limit przekroczony o 0,5 osoby."),
                    c.explanationPl());
            assertTrue(c.explanationEn().contains("exceeded by 0.5 residents."), c.explanationEn());
        }

        @Test
        void notesDifferingReferenceDates() {
            Check c = rules.art10Residents(BIELSKO, List.of(
                    subarea("R1").residents(10000).residentsDate("2021-12-31").build(),
                    subarea("R2").residents(5000).residentsDate("2021-12-31").build(),
                    subarea("R3").residents(2000).residentsDate("2023-01-01").build()));
            assertEquals(CheckResult.PASS, c.result());
            assertEquals(true, c.figures().get("referenceDatesDiffer"));
            assertTrue(c.explanationEn().endsWith("Note: the residents' figures refer to different dates"
                    + " (municipality: 2023-01-01; R1, R2: 2021-12-31; R3: 2023-01-01), while the comparison should"
                    + " use the same date."), c.explanationEn());
            assertTrue(c.explanationPl().contains("Uwaga: liczby mieszkańców podano na różne dni (gmina: 2023-01-01;"
                    + " R1, R2: 2021-12-31; R3: 2023-01-01)"), c.explanationPl());
        }

        @Test
        void notesMissingReferenceDates() {
            Check c = rules.art10Residents(new MunicipalityFacts("M", null, 1000, null),
                    List.of(subarea("R1").residents(100).build()));
            assertEquals(CheckResult.PASS, c.result());
            assertTrue(c.explanationEn().endsWith("Note: the reference date of the residents' figure is not given for"
                    + " the municipality and subareas R1."), c.explanationEn());
            assertTrue(c.explanationPl().endsWith("Uwaga: brak daty, na którą ustalono liczbę mieszkańców gminy ani"
                    + " podobszarów R1."), c.explanationPl());
        }

        @Test
        void unknownListsWhichSubareasLackResidents() {
            Check c = rules.art10Residents(BIELSKO, List.of(subarea("R1").residents(0).build(),
                    subarea("R2").build()));
            assertEquals(CheckResult.UNKNOWN, c.result());
            assertEquals(List.of("subareas[R2].residents"), c.missing());
            assertTrue(c.explanationEn().startsWith("The residents' share cannot be checked: missing the residents of"
                    + " subareas R2."), c.explanationEn());
            Check noMunicipality = rules.art10Residents(null, List.of(subarea("R1").residents(10).build()));
            assertEquals(List.of("municipality.residents"), noMunicipality.missing());
        }

        @Test
        void bothChecksTogether() {
            List<Check> checks = rules.art10Section2(BIELSKO, List.of(
                    subarea("R1").areaHa("120").residents(9000).residentsDate("2023-01-01").build()));
            assertEquals(List.of("ART_10_2_AREA", "ART_10_2_RESIDENTS"), checks.stream().map(Check::id).toList());
            assertTrue(checks.stream().allMatch(c -> c.result() == CheckResult.PASS));
        }
    }

    @Nested
    class Art9 {

        @Test
        void socialPlusAnotherSpherePasses() {
            List<Check> checks = rules.art9(List.of(
                    subarea("D1").spheres(true, false, false, false, true).build(),
                    subarea("D2").spheres(true, true, true, true, true).build()));
            assertEquals(2, checks.size());
            assertTrue(checks.stream().allMatch(c -> c.result() == CheckResult.PASS));
            Check d1 = checks.get(0);
            assertEquals("ART_9_CRISIS", d1.id());
            assertEquals("art. 9 ust. 1", d1.article());
            assertEquals("D1", d1.subject());
            assertEquals(true, d1.figures().get("technical"));
            assertEquals(false, d1.figures().get("economic"));
            assertEquals("Podobszar D1: występują negatywne zjawiska społeczne oraz techniczne — warunek spełniony.",
                    d1.explanationPl());
            assertEquals("Subarea D2: negative social phenomena together with economic, environmental,"
                    + " spatial-functional, technical ones — the condition is met.", checks.get(1).explanationEn());
        }

        @Test
        void socialAloneFails() {
            Check c = rules.art9(List.of(subarea("D1").spheres(true, false, false, false, false).build())).get(0);
            assertEquals(CheckResult.FAIL, c.result());
            assertEquals("Subarea D1: negative social phenomena, but none of the economic, environmental,"
                    + " spatial-functional or technical ones were found — the condition is not met.", c.explanationEn());
        }

        @Test
        void withoutSocialFailsWhateverElse() {
            List<Check> checks = rules.art9(List.of(
                    subarea("D1").spheres(false, true, true, true, true).build(),
                    subarea("D2").spheres(false, false, false, false, false).build()));
            assertTrue(checks.stream().allMatch(c -> c.result() == CheckResult.FAIL));
            assertEquals("Podobszar D1: odnotowano brak negatywnych zjawisk społecznych, które są warunkiem"
                    + " koniecznym (stwierdzono tylko zjawiska: gospodarcze, środowiskowe, przestrzenno-funkcjonalne,"
                    + " techniczne) — warunek niespełniony.", checks.get(0).explanationPl());
            assertEquals("Subarea D2: recorded as having no negative social phenomena, which are required — the"
                    + " condition is not met.", checks.get(1).explanationEn());
        }

        @Test
        void whatIsNotRecordedIsUnknownNotNo() {
            List<Check> checks = rules.art9(List.of(
                    subarea("D1").spheres(null, null, null, null, null).build(),
                    subarea("D2").spheres(true, false, null, false, null).build(),
                    subarea("D3").spheres(null, true, null, null, null).build(),
                    subarea("D4").spheres(false, null, null, null, null).build(),
                    subarea("D5").spheres(true, null, true, null, null).build()));
            assertEquals(List.of(CheckResult.UNKNOWN, CheckResult.UNKNOWN, CheckResult.UNKNOWN, CheckResult.FAIL,
                    CheckResult.PASS), checks.stream().map(Check::result).toList());
            assertEquals(List.of("subareas[D1].crisis.social", "subareas[D1].crisis.economic",
                    "subareas[D1].crisis.environmental", "subareas[D1].crisis.spatialFunctional",
                    "subareas[D1].crisis.technical"), checks.get(0).missing());
            assertEquals(List.of("subareas[D2].crisis.environmental", "subareas[D2].crisis.technical"),
                    checks.get(1).missing());
            assertEquals("Subarea D2: cannot be decided, because not every crisis sphere it depends on is recorded"
                    + " (social phenomena are found). Not recorded: environmental, technical phenomena.",
                    checks.get(1).explanationEn());
            assertEquals(List.of("subareas[D3].crisis.social", "subareas[D3].crisis.environmental",
                    "subareas[D3].crisis.spatialFunctional", "subareas[D3].crisis.technical"), checks.get(2).missing());
            assertEquals(List.of(), checks.get(3).missing());
            assertEquals("Podobszar D5: występują negatywne zjawiska społeczne oraz środowiskowe — warunek spełniony."
                    + " Nie odnotowano oceny zjawisk: gospodarcze, przestrzenno-funkcjonalne, techniczne.",
                    checks.get(4).explanationPl());
            assertEquals(null, checks.get(0).figures().get("social"));
        }

        @Test
        void noSubareasNoChecks() {
            assertTrue(rules.art9(List.of()).isEmpty());
            assertTrue(rules.art9(null).isEmpty());
        }
    }

    @Nested
    class Art10Section3 {

        @Test
        void eachCase() {
            List<Check> checks = rules.art10Section3(List.of(
                    subarea("R1").residents(4000).build(),
                    subarea("R2").land(LandType.POST_INDUSTRIAL, null).build(),
                    subarea("R3").residents(0).land(LandType.POST_MILITARY, "Nowe centrum usług społecznych").build(),
                    subarea("R4").residents(0).land(LandType.POST_RAILWAY, "   ").build(),
                    subarea("R5").residents(120).land(LandType.POST_INDUSTRIAL, null).build(),
                    subarea("R6").land(null, null).build(),
                    subarea("R7").land(LandType.OTHER, null).build()));
            assertEquals(List.of(CheckResult.PASS, CheckResult.UNKNOWN, CheckResult.PASS, CheckResult.FAIL,
                    CheckResult.PASS, CheckResult.UNKNOWN, CheckResult.PASS),
                    checks.stream().map(Check::result).toList());
            assertTrue(checks.stream().allMatch(c -> c.id().equals("ART_10_3_UNINHABITED_LAND")
                    && c.article().equals("art. 10 ust. 3")));

            assertEquals("Subarea R1: the land is not post-industrial, post-military or post-railway (INHABITED), so"
                    + " art. 10 ust. 3 does not apply.", checks.get(0).explanationEn());
            Check r2 = checks.get(1);
            assertEquals("R2", r2.subject());
            assertEquals(List.of("subareas[R2].residents"), r2.missing(), "residents not known are not zero");
            assertEquals("POST_INDUSTRIAL", r2.figures().get("landType"));
            assertEquals(false, r2.figures().get("justificationGiven"));
            assertEquals("Podobszar R2: teren poprzemysłowy bez uzasadnienia; liczba mieszkańców nie jest znana, więc"
                    + " nie wiadomo, czy jest niezamieszkany i wymaga uzasadnienia.", r2.explanationPl());
            assertEquals("Podobszar R4: niezamieszkany teren pokolejowy bez uzasadnienia, że działania na nim"
                    + " przeciwdziałają problemom społecznym — warunek niespełniony.", checks.get(3).explanationPl());
            assertEquals("Subarea R3: uninhabited post-military land with a justification for including it — the"
                    + " condition is met.", checks.get(2).explanationEn());
            assertEquals(List.of("subareas[R4].landJustification"), checks.get(3).missing());
            assertEquals("Podobszar R5: teren poprzemysłowy, ale zamieszkany (120 mieszkańców), więc art. 10 ust. 3"
                    + " go nie dotyczy.", checks.get(4).explanationPl());
            assertEquals(List.of("subareas[R6].landType"), checks.get(5).missing());
        }

        @Test
        void singleResidentPluralForms() {
            Check c = rules.art10Section3(List.of(subarea("R1").residents(1).land(LandType.POST_RAILWAY, null)
                    .build())).get(0);
            assertEquals(CheckResult.PASS, c.result());
            assertTrue(c.explanationPl().contains("(1 mieszkaniec)"), c.explanationPl());
            assertTrue(c.explanationEn().contains("(1 resident)"), c.explanationEn());
        }
    }

    @Nested
    class WithinDegradedArea {

        // two adjacent degraded squares; together they cover 19.00–19.04 E, 49.80–49.82 N
        private final List<SubareaFacts> degraded = List.of(
                subarea("D1").geometry(rectangle(19.00, 49.80, 19.02, 49.82)).build(),
                subarea("D2").geometry(rectangle(19.02, 49.80, 19.04, 49.82)).build());

        @Test
        void subareaAcrossTwoDegradedSubareasIsInside() {
            Check c = rules.withinDegradedArea(List.of(
                    subarea("R1").geometry(rectangle(19.01, 49.805, 19.03, 49.815)).build(),
                    subarea("R2").geometry(rectangle(19.00, 49.80, 19.01, 49.81)).build()), degraded);
            assertEquals(CheckResult.PASS, c.result());
            assertEquals("ART_10_1_WITHIN_DEGRADED", c.id());
            assertEquals("art. 10 ust. 1", c.article());
            assertEquals(new BigDecimal("0.0"), c.figures().get("totalOutsideM2"));
            assertEquals("Wszystkie podobszary rewitalizacji (2) leżą w obszarze zdegradowanym (2 podobszary); poza"
                    + " nim łącznie 0 m², w granicach tolerancji zaokrągleń — warunek spełniony.", c.explanationPl());
        }

        @Test
        void roundingOvershootIsTolerated() {
            // 1e-7° of longitude (≈ 7 mm) along 1.1 km: a few m², far below 0.1% of the subarea's ≈ 80 ha
            Check c = rules.withinDegradedArea(List.of(
                    subarea("R1").geometry(rectangle(19.00 - 1e-7, 49.80, 19.01, 49.81)).build()), degraded);
            assertEquals(CheckResult.PASS, c.result());
            BigDecimal outside = (BigDecimal) c.figures().get("totalOutsideM2");
            assertTrue(outside.signum() > 0 && outside.doubleValue() < 20, outside.toString());
        }

        @Test
        void partOutsideFailsWithTheFigures() {
            Check c = rules.withinDegradedArea(List.of(
                    subarea("R1").geometry(rectangle(19.01, 49.805, 19.03, 49.815)).build(),
                    // half of R2 sticks out east of 19.04
                    subarea("R2").geometry(rectangle(19.035, 49.80, 19.045, 49.81)).build(),
                    // a 0.001° strip (≈ 72 m) west of 19.00: 10% of R3
                    subarea("R3").geometry(rectangle(18.999, 49.80, 19.009, 49.81)).build()), degraded);
            assertEquals(CheckResult.FAIL, c.result());
            assertFalse(c.figures().containsKey("outsideM2[R1]"));
            assertEquals(50.0, ((BigDecimal) c.figures().get("outsidePct[R2]")).doubleValue(), 0.1);
            assertEquals(10.0, ((BigDecimal) c.figures().get("outsidePct[R3]")).doubleValue(), 0.1);
            double r2Outside = ((BigDecimal) c.figures().get("outsideM2[R2]")).doubleValue();
            double expected = GeoJsonGeometryTest.ellipsoidRectangleM2(19.04, 49.80, 19.045, 49.81);
            assertEquals(expected, r2Outside, expected * 1e-3);
            assertTrue(c.explanationEn().startsWith("Parts of revitalisation subareas lie outside the degraded area:"
                    + " R2 ("), c.explanationEn());
            assertTrue(c.explanationPl().contains("; R3 ("), c.explanationPl());
            assertTrue(c.explanationPl().endsWith("— warunek niespełniony."), c.explanationPl());
        }

        @Test
        void unknownWhenGeometriesAreMissingOrBroken() {
            Check c = rules.withinDegradedArea(List.of(
                    subarea("R1").build(),
                    subarea("R2").geometry("{\"type\":\"Point\",\"coordinates\":[19,49]}").build(),
                    subarea("R3").geometry("{\"type\":\"Polygon\",\"coordinates\":"
                            + "[[[19.0,49.0],[19.1,49.1],[19.1,49.0],[19.0,49.1],[19.0,49.0]]]}").build()),
                    List.of(subarea("D1").geometry(rectangle(19.00, 49.80, 19.02, 49.82)).build(),
                            subarea("D2").build()));
            assertEquals(CheckResult.UNKNOWN, c.result());
            assertEquals(List.of("revitalisation.subareas[R1].geometry", "revitalisation.subareas[R2].geometry",
                    "revitalisation.subareas[R3].geometry", "degraded.subareas[D2].geometry"), c.missing());
            assertTrue(c.explanationEn().contains("revitalisation subarea R1 has no geometry"), c.explanationEn());
            assertTrue(c.explanationEn().contains("revitalisation subarea R2 has an unreadable geometry (type: must be"
                    + " \"Polygon\" or \"MultiPolygon\", not \"Point\")"), c.explanationEn());
            assertTrue(c.explanationEn().contains("revitalisation subarea R3 has an invalid geometry: Self-intersection"
                    + " (lon 19.05, lat 49.05)"), c.explanationEn());
            assertTrue(c.explanationPl().contains("podobszar rewitalizacji R3 ma nieprawidłową geometrię:"
                    + " samoprzecięcie"), c.explanationPl());
            assertTrue(c.explanationPl().contains("podobszar zdegradowany D2 nie ma geometrii"), c.explanationPl());
        }

        @Test
        void unknownWithoutSubareas() {
            assertEquals(List.of("degraded.subareas"), rules.withinDegradedArea(List.of(
                    subarea("R1").geometry(rectangle(19.00, 49.80, 19.01, 49.81)).build()), List.of()).missing());
            assertEquals(List.of("revitalisation.subareas"), rules.withinDegradedArea(null, degraded).missing());
        }
    }

    @Nested
    class AreaMatches {

        @Test
        void perSubareaWithTheThresholdTolerance() {
            String square = rectangle(19.04, 49.82, 19.05, 49.83); // ≈ 80.03 ha
            List<Check> checks = rules.areaMatches(List.of(
                    subarea("R1").areaHa("80.03").geometry(square).build(),
                    subarea("R2").areaHa("90").geometry(square).build(),
                    subarea("R3").areaHa("80").build(),
                    subarea("R4").areaHa("80").geometry("{oops").build()));
            assertEquals(List.of(CheckResult.PASS, CheckResult.FAIL, CheckResult.UNKNOWN, CheckResult.UNKNOWN),
                    checks.stream().map(Check::result).toList());
            assertEquals(List.of("R1", "R2", "R3", "R4"), checks.stream().map(Check::subject).toList());
            assertEquals(List.of("subareas[R3].geometry"), checks.get(2).missing());
            assertTrue(checks.get(3).explanationEn().startsWith("Subarea R4: the geometry is unreadable (not valid"
                    + " JSON"), checks.get(3).explanationEn());
        }
    }

    @Nested
    class Art22 {

        @Test
        void dueDayItselfPasses() {
            Check c = rules.art22(date("2022-09-22"), null, date("2025-09-22"));
            assertEquals(CheckResult.PASS, c.result());
            assertEquals("ART_22_EVALUATION_DUE", c.id());
            assertEquals("art. 22", c.article());
            assertEquals("2025-09-22", c.figures().get("dueDate"));
            assertEquals("ADOPTION", c.figures().get("reference"));
            assertEquals(0L, c.figures().get("daysLeft"));
            assertEquals("Program uchwalono 2022-09-22 i nie odnotowano jeszcze jego oceny; pierwsza najpóźniej"
                    + " 2025-09-22 (co najmniej co 3 lata), zostało 0 dni — termin zachowany.", c.explanationPl());
        }

        @Test
        void dayAfterIsOverdue() {
            Check c = rules.art22(date("2022-09-22"), null, date("2025-09-23"));
            assertEquals(CheckResult.FAIL, c.result());
            assertEquals(1L, c.figures().get("daysOverdue"));
            assertEquals("The programme was adopted on 2022-09-22 and no assessment is recorded yet; the first is due"
                    + " by 2025-09-22 (at least every 3 years) — overdue by 1 day.", c.explanationEn());
            assertTrue(c.explanationPl().endsWith("termin minął 1 dzień temu."), c.explanationPl());
        }

        @Test
        void lastEvaluationCountsWhenLater() {
            Check c = rules.art22(date("2014-06-01"), date("2022-05-19"), date("2025-01-01"));
            assertEquals(CheckResult.PASS, c.result());
            assertEquals("LAST_EVALUATION", c.figures().get("reference"));
            assertEquals("2025-05-19", c.figures().get("dueDate"));
            assertEquals(138L, c.figures().get("daysLeft"));
            assertEquals("The programme was last assessed on 2022-05-19; the next assessment is due by 2025-05-19 (at"
                    + " least every 3 years), 138 days left — on time.", c.explanationEn());
            // an evaluation older than the adoption does not count
            Check adoptedLater = rules.art22(date("2023-01-01"), date("2022-05-19"), date("2025-01-01"));
            assertEquals("ADOPTION", adoptedLater.figures().get("reference"));
            assertEquals("2026-01-01", adoptedLater.figures().get("dueDate"));
        }

        @Test
        void overdueByYears() {
            Check c = rules.art22(null, date("2018-03-01"), date("2025-03-01"));
            assertEquals(CheckResult.FAIL, c.result());
            assertEquals(1461L, c.figures().get("daysOverdue"));
            assertTrue(c.explanationPl().endsWith("termin minął 1461 dni temu."), c.explanationPl());
        }

        @Test
        void unknownWithoutDates() {
            Check c = rules.art22(null, null, date("2025-01-01"));
            assertEquals(CheckResult.UNKNOWN, c.result());
            assertEquals(List.of("lastEvaluationDate", "adoptionDate"), c.missing());
        }

        @Test
        void intervalIsConfigurable() {
            ActRules five = new ActRules(new ActThresholds(new BigDecimal("20"), new BigDecimal("30"), 5, 10, 2,
                    0.001, 5));
            Check c = five.art22(date("2022-09-22"), null, date("2026-09-22"));
            assertEquals(CheckResult.PASS, c.result());
            assertEquals("2027-09-22", c.figures().get("dueDate"));
            assertTrue(c.explanationPl().contains("co najmniej co 5 lat"), c.explanationPl());
        }
    }

    @Nested
    class Art25 {

        @Test
        void exactlyTenYearsPasses() {
            Check c = rules.art25(true, date("2020-01-01"), date("2030-01-01"));
            assertEquals(CheckResult.PASS, c.result());
            assertEquals("ART_25_SSR_DURATION", c.id());
            assertEquals("P10Y", c.figures().get("duration"));
            assertEquals("2030-01-01", c.figures().get("latestAllowedEnd"));
            assertEquals("Specjalna Strefa Rewitalizacji trwa od 2020-01-01 do 2030-01-01 (10 lat); dopuszczalnie"
                    + " najwyżej 10 lat, czyli do 2030-01-01 — warunek spełniony.", c.explanationPl());
        }

        @Test
        void oneDayLongerFails() {
            Check c = rules.art25(null, date("2020-01-01"), date("2030-01-02"));
            assertEquals(CheckResult.FAIL, c.result());
            assertEquals("The special revitalisation zone runs from 2020-01-01 to 2030-01-02 (10 years 1 day); at"
                    + " most 10 years are allowed, that is until 2030-01-01 — too long.", c.explanationEn());
        }

        @Test
        void noZoneNothingToCheck() {
            Check c = rules.art25(false, null, null);
            assertEquals(CheckResult.PASS, c.result());
            assertEquals(false, c.figures().get("zoneEstablished"));
        }

        @Test
        void unknownCases() {
            assertEquals(List.of("specialZone"), rules.art25(null, null, null).missing());
            Check noEnd = rules.art25(true, date("2020-01-01"), null);
            assertEquals(CheckResult.UNKNOWN, noEnd.result());
            assertEquals(List.of("specialZone.end"), noEnd.missing());
            assertEquals(List.of("specialZone.start", "specialZone.end"), rules.art25(true, null, null).missing());
            Check reversed = rules.art25(true, date("2020-01-01"), date("2019-01-01"));
            assertEquals(CheckResult.UNKNOWN, reversed.result());
            assertTrue(reversed.explanationEn().contains("is before its start"), reversed.explanationEn());
        }
    }

    @Nested
    class Art15 {

        private GprContents.BasicProject project(String name, BigDecimal value) {
            return new GprContents.BasicProject(name, List.of("Gmina Bielsko-Biała", "ZGM"),
                    "Remont 4 kamienic", "ul. 11 Listopada 20, 22", value, true, true);
        }

        private GprContents complete() {
            return new GprContents(true, true, true, 3, 7, List.of(project("Nowe życie w starych-nowych budynkach",
                    new BigDecimal("8937573.00"))), true, true, true, true, true);
        }

        @Test
        void completeProgrammePasses() {
            Check c = rules.art15(complete());
            assertEquals(CheckResult.PASS, c.result());
            assertEquals("ART_15_GPR_CONTENTS", c.id());
            assertEquals("art. 15 ust. 1", c.article());
            assertEquals(18, c.figures().get("elementsChecked"));
            assertEquals("The programme contains all 18 required elements — the condition is met.",
                    c.explanationEn());
        }

        @Test
        void absentElementsFailAndAreListed() {
            GprContents gpr = new GprContents(true, true, false, 0, 7, List.of(
                    project("Nowe życie", null),
                    new GprContents.BasicProject(" ", List.of(" "), "", null, BigDecimal.ONE, false, null)),
                    true, true, null, true, true);
            Check c = rules.art15(gpr);
            assertEquals(CheckResult.FAIL, c.result());
            assertEquals(List.of("vision", "goals", "basicProjects[0].estimatedValue", "basicProjects[1].name",
                    "basicProjects[1].implementingEntities", "basicProjects[1].scope", "basicProjects[1].location",
                    "basicProjects[1].forecastResults", "basicProjects[1].resultMeasurement", "management"),
                    c.missing());
            assertEquals(List.of("basicProjects[1].resultMeasurement", "management"), c.figures().get("notRecorded"));
            assertTrue(c.explanationPl().startsWith("Program nie zawiera: wizja stanu obszaru po rewitalizacji; cele"
                    + " rewitalizacji; szacowana wartość (przedsięwzięcie „Nowe życie”); nazwa (przedsięwzięcie"
                    + " „#2”);"), c.explanationPl());
            assertTrue(c.explanationPl().endsWith("Brak danych o: sposób oceny i zmierzenia rezultatów"
                    + " (przedsięwzięcie „#2”); system zarządzania."), c.explanationPl());
            assertTrue(c.explanationEn().startsWith("The programme lacks: vision of the area after revitalisation;"
                    + " revitalisation goals; estimated value (project \"Nowe życie\");"), c.explanationEn());
        }

        @Test
        void notRecordedElementsAreUnknown() {
            GprContents gpr = new GprContents(null, null, true, 3, null, List.of(project("A", BigDecimal.TEN)),
                    true, true, true, true, true);
            Check c = rules.art15(gpr);
            assertEquals(CheckResult.UNKNOWN, c.result());
            assertEquals(List.of("diagnosis", "strategicDocumentLinks", "directions"), c.missing());
            assertEquals("The programme's contents cannot be fully checked. Not recorded: diagnosis of the"
                    + " revitalisation area; links to the municipality's strategic documents; directions of action.",
                    c.explanationEn());
        }

        @Test
        void basicProjectsListEmptyOrUnknown() {
            GprContents empty = new GprContents(true, true, true, 1, 1, List.of(), true, true, true, true, true);
            Check c = rules.art15(empty);
            assertEquals(CheckResult.FAIL, c.result());
            assertEquals(List.of("basicProjects"), c.missing());
            GprContents unknown = new GprContents(true, true, true, 1, 1, null, true, true, true, true, true);
            assertEquals(CheckResult.UNKNOWN, rules.art15(unknown).result());
            assertEquals(List.of("basicProjects"), rules.art15(unknown).missing());
        }
    }

    @Test
    void thresholdsMustBePositive() {
        assertThrows(IllegalArgumentException.class, () -> new ActThresholds(BigDecimal.ZERO, BigDecimal.TEN, 3, 10, 2,
                0.001, 5));
        assertThrows(IllegalArgumentException.class, () -> new ActThresholds(BigDecimal.TEN, BigDecimal.TEN, 0, 10, 2,
                0.001, 5));
        assertEquals(new BigDecimal("20"), new ActRules().thresholds().maxAreaSharePct());
    }
}
