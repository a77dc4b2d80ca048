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
}
